namespace BulletinBot.Features.Reminders;

/// <summary>One reminder of an event: its part of the key (`1h`, or `eve` for the day before), its offset and when it is due.</summary>
public sealed record PlannedReminder(string OffsetKey, TimeSpan Offset, DateTimeOffset Due);
