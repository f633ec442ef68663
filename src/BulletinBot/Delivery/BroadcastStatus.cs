namespace BulletinBot.Delivery;

/// <summary>Where a broadcast stands: counts by outcome, and its status message in the starter's chat.</summary>
public sealed record BroadcastStatus
{
    public long Id { get; init; }

    public string Kind { get; init; } = "";

    public long? StartedByChatId { get; init; }

    public string Language { get; init; } = "vi";

    public long Total { get; init; }

    public long Sent { get; init; }

    public long Failed { get; init; }

    public long CreatedAt { get; init; }

    public long? ProgressDeliveryId { get; init; }

    public long? ProgressMessageId { get; init; }

    public string? ProgressState { get; init; }

    public long Settled => Sent + Failed;

    public bool IsDone => Settled >= Total;

    /// <summary>A status edit still queued would be overtaken by the next one; wait for it instead.</summary>
    public bool ProgressBusy => ProgressState is DeliveryState.Pending or DeliveryState.Sending or DeliveryState.Retry;
}
