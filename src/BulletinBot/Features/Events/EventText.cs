using System.Globalization;
using BulletinBot.Chat;

namespace BulletinBot.Features.Events;

/// <summary>How an event's facts read in cards and notices, in either language.</summary>
public static class EventText
{
    private static readonly string[] WeekdaysVi = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    public static string Date(DateOnly date, Language language) =>
        $"{Weekday(date, language)}, {date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";

    public static string Weekday(DateOnly date, Language language) =>
        language == Language.En ? date.DayOfWeek.ToString() : WeekdaysVi[(int)date.DayOfWeek];

    public static string Day(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>`Thứ Bảy, 16/08/2026 · 08:00`, or a prompt when no date is known yet.</summary>
    public static string When(EventFields fields, Language language) => fields.Date is { } date
        ? Date(date, language) + (fields.Time is { } time ? " · " + Time(time) : "")
        : language.Pick("(chưa có ngày)", "(no date yet)");

    /// <summary>`Hội trường A, Hà Nội (Hà Nội · miền Bắc)`; a former province shows the unit it belongs to now.</summary>
    public static string Place(EventFields fields, Language language)
    {
        var venue = fields.Venue ?? fields.Province ?? language.Pick("(chưa có địa điểm)", "(no place yet)");
        if (fields.Province is not { } province)
        {
            return venue;
        }

        var current = fields.CurrentProvince is { } now && now != province
            ? $"{province}, {language.Pick("nay thuộc", "now part of")} {now}"
            : province;
        var region = fields.Region is { } r ? $" · {language.Pick("miền", "region")} {r}" : "";
        return $"{venue} ({current}{region})";
    }

    /// <summary>`hơn 250 đại biểu · 43 tỉnh, thành phố`, or null when the article gave neither.</summary>
    public static string? Delegates(EventFields fields, Language language)
    {
        var parts = new List<string>();
        if (fields.Attendees is { } count)
        {
            var atLeast = fields.AttendeesAtLeast ? language.Pick("hơn ", "over ") : "";
            parts.Add($"{atLeast}{Number(count)} {language.Pick("đại biểu", "delegates")}");
        }

        if (fields.ProvincesCount is { } provinces)
        {
            parts.Add($"{Number(provinces)} {language.Pick("tỉnh, thành phố", "provinces and cities")}");
        }

        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    /// <summary>At most <paramref name="length"/> letters, cut at a word, so a notice stays short on a phone.</summary>
    public static string Clip(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > length / 2 ? cut : length)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    public static string Number(int value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>A source link worth showing: http or https only, so nothing else reaches an href.</summary>
    public static string? Link(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
}
