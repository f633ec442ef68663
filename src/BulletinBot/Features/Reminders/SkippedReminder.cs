namespace BulletinBot.Features.Reminders;

/// <summary>A reminder that was due but not sent, for /deliveries: which event, which reminder, when, and why.</summary>
public sealed record SkippedReminder
{
    public long EventId { get; init; }

    public string Title { get; init; } = "";

    /// <summary>`1h`, `eve`, or `personal` for a reminder someone set for themselves.</summary>
    public string Which { get; init; } = "";

    public long DueAt { get; init; }

    public string Reason { get; init; } = "";
}
