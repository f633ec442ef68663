namespace BulletinBot.Features.Subscriptions;

/// <summary>A chat's subscription: <see cref="Filter"/> is empty for "everything".</summary>
public sealed record SubscriptionRow
{
    public long Id { get; init; }

    public string Filter { get; init; } = "";

    public string Label { get; init; } = "";

    public bool IsEverything => Filter.Length == 0;
}
