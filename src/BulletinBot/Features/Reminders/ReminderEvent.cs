using System.Globalization;
using BulletinBot.Chat;

namespace BulletinBot.Features.Reminders;

/// <summary>Reminders' copy of an event (reminder_events): when it starts, where, who wants it, and when to remind.</summary>
public sealed record ReminderEvent
{
    public long EventId { get; init; }

    public string Title { get; init; } = "";

    public string StartsOn { get; init; } = "";

    public string? StartsAt { get; init; }

    public string Place { get; init; } = "";

    public string PlaceEn { get; init; } = "";

    public string? CurrentProvince { get; init; }

    public string? Region { get; init; }

    public string TopicText { get; init; } = "";

    public string Offsets { get; init; } = "[]";

    public bool Cancelled { get; init; }

    public long PlannedAt { get; init; }

    public DateOnly Date => DateOnly.ParseExact(StartsOn, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public TimeOnly? Time => StartsAt is { } at ? TimeOnly.ParseExact(at, "HH:mm", CultureInfo.InvariantCulture) : null;

    /// <summary>The start as it goes into keys: `2026-08-16T08:00`, or `2026-08-16` for a day-only event.</summary>
    public string Starts => StartsAt is { } at ? StartsOn + "T" + at : StartsOn;

    /// <summary>When it begins; a day-only event at the start of its day.</summary>
    public DateTimeOffset Start(TimeZoneInfo zone) => ZonedTime.ToInstant(Date, Time ?? TimeOnly.MinValue, zone);

    /// <summary>No reminder, personal or not, is useful once this has passed: the start, or the end of a day-only event's day.</summary>
    public DateTimeOffset LastUseful(TimeZoneInfo zone) =>
        Time is null ? ZonedTime.ToInstant(Date.AddDays(1), TimeOnly.MinValue, zone) : Start(zone);

    /// <summary>Each reminder this event should get, as its key part and due instant.</summary>
    public IReadOnlyList<PlannedReminder> Plan(TimeZoneInfo zone, TimeOnly dateOnlyHour)
    {
        var offsets = ReminderOffsets.Read(Offsets);
        if (offsets.Count == 0)
        {
            return [];
        }

        if (Time is null)
        {
            return [new PlannedReminder(ReminderOffsets.DayBefore, TimeSpan.Zero, ZonedTime.ToInstant(Date.AddDays(-1), dateOnlyHour, zone))];
        }

        var start = Start(zone);
        return [.. offsets.Select(o => new PlannedReminder(ReminderOffsets.Key(o), o, start - o))];
    }

    public string PlaceIn(Language language) => language.Pick(Place, PlaceEn);
}
