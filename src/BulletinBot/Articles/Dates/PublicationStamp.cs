using System.Globalization;
using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.Dates;

/// <summary>
/// The day a page was published, from its first stamp line (`Thứ Tư, 21/06/2023 - 09:15`, `Cập nhật: 10:15 | 21/06/2023`), else
/// from a dateline (`VINH (04/10/2024) – …`).
/// </summary>
/// <remarks>
/// Relative days (`Sáng nay`, `Hôm qua`) are read against it, and a day written without a year takes its year from it
/// (see <see cref="EventDateFinder"/>). Dates in link lists (`… (05/08/2024)`) carry no label, time or weekday and are no stamp.
/// </remarks>
internal static partial class PublicationStamp
{
    private const int LongestStampLine = 130;

    public static DateOnly? Find(string normalizedText)
    {
        foreach (var range in normalizedText.AsSpan().Split('\n'))
        {
            var line = normalizedText[range].Trim();
            if (line.Length is 0 or >= LongestStampLine)
            {
                continue;
            }

            var folded = VietnameseText.Fold(line);
            if (NoiseLineRules.IsPublicationStamp(folded) && FullDate().Match(folded) is { Success: true } m && ToDate(m) is { } date)
            {
                return date;
            }
        }

        return Dateline(normalizedText);
    }

    /// <summary>`VINH (04/10/2024) – Ngày 3-10, …`: a paragraph opening with a place and its bracketed date is stamped by it.</summary>
    private static DateOnly? Dateline(string normalizedText)
    {
        foreach (Match m in DatelineDate().Matches(normalizedText))
        {
            if (ToDate(m) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? ToDate(Match m) =>
        int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture) is var year
        && int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture) is var month
        && int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture) is var day
        && ArticleDate.IsValid(year, month, day)
            ? new DateOnly(year, month, day) : null;

    [GeneratedRegex(@"^[ \t]*\p{Lu}[\p{L} .]{1,30}\((?<d>\d{1,2})[/.\-](?<m>\d{1,2})[/.\-](?<y>\d{4})\)[ \t]*[-–—:]", RegexOptions.Multiline)]
    private static partial Regex DatelineDate();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})[/.\-](?<m>\d{1,2})[/.\-](?<y>\d{4})(?!\d)")]
    private static partial Regex FullDate();
}
