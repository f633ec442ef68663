namespace BulletinBot.Features.Reminders;

/// <summary>
/// What the Events feature tells Reminders about an event when it publishes or edits it: enough to remind its
/// subscribers and to write the reminder, so Reminders never reads the events table. <paramref name="Time"/> is null
/// for an event known only by its day; places are already worded in each language.
/// </summary>
public sealed record EventReminderPlan(
    long EventId,
    string Title,
    DateOnly Date,
    TimeOnly? Time,
    string Place,
    string PlaceEn,
    string? CurrentProvince,
    string? Region,
    string TopicText);
