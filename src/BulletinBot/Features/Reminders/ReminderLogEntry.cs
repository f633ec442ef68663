namespace BulletinBot.Features.Reminders;

/// <summary>What became of one event reminder: <c>sent</c> (queued in the outbox) or <c>skipped</c>, with why.</summary>
public sealed record ReminderLogEntry(long EventId, string OffsetKey, string Starts, string Outcome, string? Reason, long DueAt)
{
    public const string Sent = "sent";

    public const string Skipped = "skipped";
}
