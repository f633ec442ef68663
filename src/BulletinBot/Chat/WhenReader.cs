using System.Globalization;
using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Chat;

/// <summary>
/// Reads a date and time as people type them in chat: `16/8/2026`, `16-8-2026`, `16.8`, `2026-08-16`,
/// `ngày 16 tháng 8 năm 2026`, `sáng 16/8`, with `8h00`, `8h`, `14 giờ 30`, `8g30`, `08:30`, `chiều 2 giờ`.
/// </summary>
public static partial class WhenReader
{
    /// <returns>Null when the text holds no date at all.</returns>
    public static TypedWhen? Read(string text)
    {
        var folded = VietnameseText.Fold(VietnameseText.Normalize(text));
        var date = IsoDate().Match(folded) is { Success: true } iso ? iso
            : WordedDate().Match(folded) is { Success: true } worded ? worded
            : NumericDate().Match(folded);
        if (!date.Success)
        {
            return null;
        }

        var day = Number(date, "d") ?? 0;
        var month = Number(date, "m") ?? 0;
        var year = Number(date, "y") is { } y ? (y < 100 ? 2000 + y : y) : (int?)null;
        var rest = folded.Remove(date.Index, date.Length);
        var time = ReadTime(rest, out var badTime);
        var valid = !badTime && month is >= 1 and <= 12 && day >= 1
            && day <= DateTime.DaysInMonth(year ?? 2024, month) && year is null or >= 2000 and <= 2100;
        return new TypedWhen(day, month, year, time, valid);
    }

    /// <summary>A time on its own (`8h30`, `14 giờ`, `chiều 2 giờ`), for forms that ask for it separately.</summary>
    public static TimeOnly? ReadTime(string text, out bool invalid)
    {
        invalid = false;
        var folded = VietnameseText.Fold(VietnameseText.Normalize(text));
        var match = Time().Match(folded);
        if (!match.Success)
        {
            return null;
        }

        var hour = Number(match, "h") ?? 0;
        var minute = Number(match, "min") ?? 0;

        // "chiều 2 giờ" is 14:00; "sáng 9 giờ" stays 9:00.
        if (DayPart().Match(folded) is { Success: true } part && part.Value is "chieu" or "toi" && hour is >= 1 and < 12)
        {
            hour += 12;
        }

        if (hour > 23 || minute > 59)
        {
            invalid = true;
            return null;
        }

        return new TimeOnly(hour, minute);
    }

    private static int? Number(Match match, string group) =>
        match.Groups[group] is { Success: true, Value: var value } ? int.Parse(value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\bngay\s+(?<d>\d{1,2})\s+thang\s+(?<m>\d{1,2})(?:\s*(?:nam|,)\s*(?<y>\d{4}))?", RegexOptions.CultureInvariant)]
    private static partial Regex WordedDate();

    // Day and month joined by / - or . (a dot only between short numbers, so 8.30 is read as a date only without h/giờ).
    [GeneratedRegex(@"(?<![\d:])(?<d>\d{1,2})\s*[/\-.]\s*(?<m>\d{1,2})(?:\s*[/\-.]\s*(?<y>\d{4}|\d{2}))?(?![\d:h])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<!\d)(?<h>\d{1,2})\s*(?:gio|h|g|:)\s*(?<min>\d{2})?(?:\s*(?:phut|p|'))?(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    [GeneratedRegex(@"\b(?:sang|trua|chieu|toi)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayPart();
}
