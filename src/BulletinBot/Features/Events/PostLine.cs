using BulletinBot.Chat;

namespace BulletinBot.Features.Events;

/// <summary>
/// The one-line form of /post: `Tiêu đề | 16/08/2026 08:00 | Hội trường A, Hà Nội`, with the place and a fourth part,
/// a summary, optional. Each problem is said in words the organizer can act on.
/// </summary>
public static class PostLine
{
    public static (EventFields? Fields, string? Problem) Read(string args, EventDesk desk, Language language)
    {
        var parts = args.Split('|', StringSplitOptions.TrimEntries);
        if (parts.Length is < 2 or > 4)
        {
            return (null, language.Pick("Cần tên và ngày, cách nhau bởi dấu |.", "I need a title and a date, separated by |."));
        }

        var title = parts[0];
        if (title.Length == 0)
        {
            return (null, language.Pick("Thiếu tên sự kiện trước dấu | đầu tiên.", "The title before the first | is missing."));
        }

        if (title.Length > EventLimits.Title)
        {
            return (null, language.Pick("Tên sự kiện: ", "Title: ") + EventField.TooLong(language, title.Length, EventLimits.Title));
        }

        if (EventWhen.Read(parts[1], desk.Today, language) is not { } when)
        {
            return (null, EventWhen.Problem(language));
        }

        var venue = parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null;
        if (venue is { Length: > EventLimits.Venue })
        {
            return (null, language.Pick("Địa điểm: ", "Place: ") + EventField.TooLong(language, venue.Length, EventLimits.Venue));
        }

        var summary = parts.Length > 3 && parts[3].Length > 0 ? parts[3] : null;
        if (summary is { Length: > EventLimits.Summary })
        {
            return (null, language.Pick("Tóm tắt: ", "Summary: ") + EventField.TooLong(language, summary.Length, EventLimits.Summary));
        }

        var fields = new EventFields { Title = title, Date = when.Date, Time = when.Time, DateConfirmed = when.Confirmed, Summary = summary };
        return (fields.WithVenue(venue, desk.Provinces), null);
    }
}
