using System.Globalization;
using BulletinBot.Articles;
using BulletinBot.Chat;

namespace BulletinBot.Features.Events;

/// <summary>
/// The fields an organizer can retype from the card (Sửa): what to ask, and how typed text becomes the new value or
/// a polite reason it cannot.
/// </summary>
public static class EventField
{
    public const string Title = "title";
    public const string When = "when";
    public const string Venue = "venue";
    public const string Summary = "summary";
    public const string Attendees = "attendees";
    public const string Source = "source";

    public static readonly IReadOnlyList<string> All = [Title, When, Venue, Summary, Attendees, Source];

    public static string Label(string field, Language language) => field switch
    {
        Title => language.Pick("Tên", "Title"),
        When => language.Pick("Ngày giờ", "Date and time"),
        Venue => language.Pick("Địa điểm", "Place"),
        Summary => language.Pick("Tóm tắt", "Summary"),
        Attendees => language.Pick("Số đại biểu", "Delegates"),
        _ => language.Pick("Nguồn (link)", "Source (link)"),
    };

    public static Html Prompt(string field, long id, Language language)
    {
        var example = field switch
        {
            Title => "Hội nghị tập huấn công tác nhân quyền năm 2026",
            When => "16/08/2026 08:00",
            Venue => "Hội trường A, Hà Nội",
            Summary => language.Pick("Hai, ba câu về nội dung hội nghị.", "Two or three sentences about the conference."),
            Attendees => "hơn 250",
            _ => "https://baotinh.vn/bai-viet.html",
        };
        var clear = field is Title or When ? "" : language.Pick(" Gõ - để xoá.", " Type - to clear it.");
        return Html.Format($"""
            {language.Pick("Gõ", "Type the new")} <b>{Label(field, language).ToLower(CultureInfo.InvariantCulture)}</b> {language.Pick("mới cho", "for")} #{id}.{clear}
            {language.Pick("Ví dụ:", "Example:")} <code>{example}</code>
            {language.Pick("Gõ /cancel để thôi sửa.", "Type /cancel to stop editing.")}
            """);
    }

    /// <returns>The changed fields, or an explanation of what was wrong with the text.</returns>
    public static (EventFields? Fields, string? Problem) Apply(
        string field, string text, EventFields fields, ProvinceDirectory provinces, DateOnly today, Language language)
    {
        var value = text.Trim();
        var cleared = value is "-" or "—";
        switch (field)
        {
            case Title when value.Length == 0:
                return (null, language.Pick("Tên không được để trống.", "The title cannot be empty."));
            case Title when value.Length > EventLimits.Title:
                return (null, TooLong(language, value.Length, EventLimits.Title));
            case Title:
                return (fields with { Title = value }, null);
            case When:
                return EventWhen.Read(value, today, language) is { } when
                    ? (fields with { Date = when.Date, Time = when.Time, DateConfirmed = when.Confirmed }, null)
                    : (null, EventWhen.Problem(language));
            case Venue when value.Length > EventLimits.Venue:
                return (null, TooLong(language, value.Length, EventLimits.Venue));
            case Venue:
                return (fields.WithVenue(cleared ? null : value, provinces), null);
            case Summary when value.Length > EventLimits.Summary:
                return (null, TooLong(language, value.Length, EventLimits.Summary));
            case Summary:
                return (fields with { Summary = cleared ? null : value }, null);
            case Attendees when cleared:
                return (fields with { Attendees = null, AttendeesAtLeast = false }, null);
            case Attendees:
                return ReadAttendees(value) is { } count
                    ? (fields with { Attendees = count.Number, AttendeesAtLeast = count.AtLeast }, null)
                    : (null, language.Pick("Cần một con số, ví dụ 250 hoặc \"hơn 250\".", "I need a number, such as 250 or \"hơn 250\"."));
            case Source when cleared:
                return (fields with { SourceUrl = null }, null);
            default:
                return EventText.Link(value) is { } link
                    ? (fields with { SourceUrl = link }, null)
                    : (null, language.Pick("Cần một đường link bắt đầu bằng http:// hoặc https://.", "I need a link starting with http:// or https://."));
        }
    }

    public static string TooLong(Language language, int length, int limit) => language.Pick(
        $"Quá dài: {EventText.Number(length)} ký tự, tối đa {EventText.Number(limit)}.",
        $"Too long: {EventText.Number(length)} characters, at most {EventText.Number(limit)}.");

    private static (int Number, bool AtLeast)? ReadAttendees(string text)
    {
        var folded = ProvinceDirectory.Fold(text);
        var atLeast = folded.StartsWith("hon", StringComparison.Ordinal) || folded.StartsWith("tren", StringComparison.Ordinal)
            || folded.StartsWith("over", StringComparison.Ordinal) || folded.StartsWith('>');
        var digits = new string([.. folded.Where(char.IsAsciiDigit)]);
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 10_000_000
            ? (number, atLeast)
            : null;
    }
}
