using System.Globalization;
using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Chat;

/// <summary>
/// Reads a moment as people ask for a reminder: after a while (`2h`, `30m`, `1d`, `1 giờ 30 phút nữa`), on a named day
/// (`thứ 2 8:00`, `chủ nhật 19h`, `ngày mai 8h`, `tối nay`, `sáng mai`), or on a date (`16/8 7:30`,
/// `16/08/2026 07:30`, read by <see cref="WhenReader"/>). Days and times are the office's wall clock; a while is
/// counted from <c>now</c>.
/// </summary>
public static partial class MomentReader
{
    private static readonly TimeOnly Morning = new(8, 0);

    /// <returns>Null when the text names no moment this reader knows.</returns>
    public static DateTimeOffset? Read(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        var folded = Spaces().Replace(VietnameseText.Fold(VietnameseText.Normalize(text)).Trim(), " ");
        if (folded.Length == 0)
        {
            return null;
        }

        if (Relative().Match(folded) is { Success: true } relative)
        {
            return now + Duration(relative);
        }

        var today = ZonedTime.Today(now, zone);
        if (NamedDay().Match(folded) is { Success: true } named)
        {
            var rest = folded.Remove(named.Index, named.Length);
            var time = WhenReader.ReadTime(PartOfDay(named) + " " + rest, out var invalid);
            if (invalid || HasOtherWords(rest))
            {
                return null;
            }

            var at = time ?? DefaultTime(named);
            var day = DayOf(named, today, ZonedTime.Local(now, zone), at);
            return ZonedTime.ToInstant(day, at, zone);
        }

        if (WhenReader.Read(text) is { } typed)
        {
            return typed.IsValid ? ZonedTime.ToInstant(typed.DateFrom(today), typed.Time ?? Morning, zone) : null;
        }

        return BareTime().IsMatch(folded) && WhenReader.ReadTime(folded, out var bad) is { } clock && !bad
            ? ZonedTime.ToInstant(today, clock, zone)
            : null;
    }

    private static TimeSpan Duration(Match relative)
    {
        var total = TimeSpan.Zero;
        foreach (Match part in Amount().Matches(relative.Groups["parts"].Value))
        {
            var count = int.Parse(part.Groups["n"].Value, CultureInfo.InvariantCulture);
            total += part.Groups["unit"].Value switch
            {
                "tuan" or "w" => TimeSpan.FromDays(7 * count),
                "ngay" or "d" => TimeSpan.FromDays(count),
                "gio" or "tieng" or "h" => TimeSpan.FromHours(count),
                _ => TimeSpan.FromMinutes(count),
            };
        }

        return total;
    }

    private static DateOnly DayOf(Match named, DateOnly today, DateTime localNow, TimeOnly at)
    {
        if (named.Groups["offset"].Success)
        {
            return today.AddDays(named.Groups["offset"].Value switch
            {
                "mai" or "ngay mai" => 1,
                "mot" or "ngay mot" or "ngay kia" => 2,
                _ => 0,
            });
        }

        var weekday = Weekday(named.Groups["weekday"].Value);
        var ahead = ((int)weekday - (int)today.DayOfWeek + 7) % 7;
        if (named.Groups["next"].Success)
        {
            // "tuần sau" is next week, Monday to Sunday, as Vietnamese calendars run.
            var mondayNext = today.AddDays(7 - ((int)today.DayOfWeek + 6) % 7);
            return mondayNext.AddDays(((int)weekday + 6) % 7);
        }

        return ahead == 0 && today.ToDateTime(at) <= localNow ? today.AddDays(7) : today.AddDays(ahead);
    }

    private static DayOfWeek Weekday(string word) => word switch
    {
        "2" or "hai" => DayOfWeek.Monday,
        "3" or "ba" => DayOfWeek.Tuesday,
        "4" or "tu" => DayOfWeek.Wednesday,
        "5" or "nam" => DayOfWeek.Thursday,
        "6" or "sau" => DayOfWeek.Friday,
        "7" or "bay" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    private static string PartOfDay(Match named) => named.Groups["part"].Value;

    private static TimeOnly DefaultTime(Match named) => PartOfDay(named) switch
    {
        "trua" => new TimeOnly(12, 0),
        "chieu" => new TimeOnly(15, 0),
        "toi" => new TimeOnly(20, 0),
        "dem" => new TimeOnly(22, 0),
        _ => Morning,
    };

    // Whatever is left once the day and the time are read must be filler ("lúc", "vào"), not a word we did not understand.
    private static bool HasOtherWords(string rest) =>
        Filler().Replace(TimeWords().Replace(rest, " "), " ").Trim().Length > 0;

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex("""
        ^(?:sau|trong)?\s*
        (?<parts>(?:\d{1,4}\s*(?:tuan|w|ngay|d|gio|tieng|h|phut|p|m)(?![a-z])\s*)+)   # 2h, 30m, 1d, 1 giờ 30 phút, 2 tuần
        (?:nua|sau)?$                                                          # ... nữa
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Relative();

    [GeneratedRegex(@"(?<n>\d{1,4})\s*(?<unit>tuan|w|ngay|d|gio|tieng|h|phut|p|m)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();

    [GeneratedRegex("""
        \b(?:(?<part>sang|trua|chieu|toi|dem)\s+)?                        # sáng, trưa, chiều, tối, đêm
        (?:
            (?<offset>hom\s+nay|nay|ngay\s+mai|mai|ngay\s+mot|mot|ngay\s+kia)   # hôm nay, mai, ngày mốt
          | (?:thu\s+)?(?<weekday>(?<=thu\s+)(?:[2-7]|hai|ba|tu|nam|sau|bay)|chu\s+nhat|cn)\b  # thứ 2, thứ hai, chủ nhật
            (?:\s+(?<next>tuan\s+sau|tuan\s+toi))?                         # thứ 2 tuần sau
        )\b
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex NamedDay();

    [GeneratedRegex(@"^(?:luc\s+)?\d{1,2}\s*(?::|h|gio|g)\s*(?:\d{2})?\s*(?:sang|trua|chieu|toi)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareTime();

    [GeneratedRegex(@"\d{1,2}\s*(?:gio|h|g|:)\s*(?:\d{2})?(?:\s*(?:phut|p|'))?|\b(?:sang|trua|chieu|toi|dem)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TimeWords();

    [GeneratedRegex(@"\b(?:luc|vao|khoang|nhe)\b|[,.]", RegexOptions.CultureInvariant)]
    private static partial Regex Filler();
}
