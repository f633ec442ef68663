namespace BulletinBot.Delivery;

public sealed record FailureCount
{
    public string Reason { get; init; } = "";

    public long Count { get; init; }
}
