namespace BulletinBot.Features.Subscriptions;

/// <summary>Active chats with a subscription: private chats, groups, and those with a province, region or topic filter.</summary>
public sealed record SubscriberCounts
{
    public long PrivateChats { get; init; }

    public long Groups { get; init; }

    public long WithFilters { get; init; }
}
