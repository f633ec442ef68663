using System.Text;
using BulletinBot.Chat;
using BulletinBot.Features.Events;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace BulletinBot.Features.EventQueries;

/// <summary>
/// An event as an iCalendar file (one VEVENT) that phone and desktop calendars import: at its time in the office's
/// zone, or as an all-day event when only its day is known. The same UID with a higher SEQUENCE updates an earlier import.
/// </summary>
public static class CalendarFile
{
    /// <summary>A notice gives when a conference starts, not when it ends; two hours reserves the session in a calendar.</summary>
    public static readonly TimeSpan AssumedLength = TimeSpan.FromHours(2);

    public static string FileName(long id) => $"su-kien-{id}.ics";

    public static byte[] For(EventRecord record, string timeZoneId, DateTimeOffset stamp, Language language)
    {
        var fields = record.Fields;
        var date = fields.Date ?? throw new InvalidOperationException($"Event {record.Id} has no date to put in a calendar.");
        var entry = new CalendarEvent
        {
            Uid = $"event-{record.Id}@bulletinbot",
            Sequence = record.Revision,
            Summary = fields.Title,
            Location = EventText.Place(fields, language),
            Description = Description(record, language),
            DtStamp = new CalDateTime(stamp.UtcDateTime),
        };
        if (EventText.Link(fields.SourceUrl) is { } link)
        {
            entry.Url = new Uri(link);
        }

        if (fields.Time is { } time)
        {
            var start = date.ToDateTime(time);
            var end = start + AssumedLength;
            entry.DtStart = new CalDateTime(start.Year, start.Month, start.Day, start.Hour, start.Minute, 0, timeZoneId);
            entry.DtEnd = new CalDateTime(end.Year, end.Month, end.Day, end.Hour, end.Minute, 0, timeZoneId);
        }
        else
        {
            // All day: DATE values, the end being the next day (exclusive), so no zone can move it to another day.
            entry.DtStart = new CalDateTime(date);
            entry.DtEnd = new CalDateTime(date.AddDays(1));
        }

        var calendar = new Calendar { Method = "PUBLISH" };
        calendar.AddTimeZone(timeZoneId);
        calendar.Events.Add(entry);
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }

    private static string Description(EventRecord record, Language language)
    {
        var fields = record.Fields;
        var lines = new List<string>();
        if (fields.Summary is { Length: > 0 } summary)
        {
            lines.Add(summary);
        }

        if (EventText.Delegates(fields, language) is { } delegates)
        {
            lines.Add(delegates);
        }

        if (fields.Organizers.Count > 0)
        {
            lines.Add($"{language.Pick("Tổ chức", "Organized by")}: {string.Join("; ", fields.Organizers)}");
        }

        lines.Add($"{language.Pick("Chi tiết trong bot", "Details in the bot")}: /event {record.Id}");
        return string.Join("\n", lines);
    }
}
