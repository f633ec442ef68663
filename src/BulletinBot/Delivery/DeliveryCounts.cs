namespace BulletinBot.Delivery;

/// <summary>Messages queued in a period: sent, given up on, and still on their way.</summary>
public sealed record DeliveryCounts
{
    public long Sent { get; init; }

    public long Failed { get; init; }

    public long Waiting { get; init; }
}
