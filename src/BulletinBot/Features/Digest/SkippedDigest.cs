namespace BulletinBot.Features.Digest;

/// <summary>A scheduled digest run that was not sent, for /deliveries.</summary>
public sealed record SkippedDigest
{
    public string Slot { get; init; } = "";

    public string Week { get; init; } = "";

    public long DueAt { get; init; }

    public string Reason { get; init; } = "";
}
