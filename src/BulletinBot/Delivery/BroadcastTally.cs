namespace BulletinBot.Delivery;

/// <summary>Deliveries of a set of broadcasts by outcome; those neither sent nor failed are still on their way.</summary>
public sealed record BroadcastTally
{
    public long Total { get; init; }

    public long Sent { get; init; }

    public long Failed { get; init; }

    public long Waiting => Total - Sent - Failed;
}
