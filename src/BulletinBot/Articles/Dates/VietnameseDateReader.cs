using System.Globalization;
using System.Text.RegularExpressions;

namespace BulletinBot.Articles.Dates;

/// <summary>Reads the days written in a folded sentence: `16/8`, `3-10`, `29-12-2020`, `16 tháng 8 năm 2023`, `15-16/8`.</summary>
/// <remarks>
/// Days that share one month (`12 và 13/4`, `12, 13-4`, `Từ ngày 12 đến 13/4`, `từ ngày 17 đến ngày 18 tháng 7`) are read as their first day: the event
/// opens then, and the bare first number would otherwise be lost or the end day taken.
/// </remarks>
internal static partial class VietnameseDateReader
{
    public static IReadOnlyList<DateMention> Read(string folded)
    {
        var mentions = new List<DateMention>();
        foreach (Match m in CrossMonthRange().Matches(folded))
        {
            // `từ 30/11 đến 2/12/2023`: the year written at the end is the first day's too, or the one before across New Year.
            var year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            var endMonth = int.Parse(m.Groups["m2"].ValueSpan, CultureInfo.InvariantCulture);
            var month = int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            var startYear = month > endMonth ? year - 1 : year;
            if (ArticleDate.IsValid(startYear, month, day))
            {
                mentions.Add(new DateMention(m.Index, m.Length, startYear, month, day, HasCue(folded, m.Index)));
            }
        }

        foreach (Match m in Slashed().Matches(folded))
        {
            Add(mentions, folded, m, requireCue: m.Groups["y"].Success is false);
        }

        foreach (Match m in Dashed().Matches(folded))
        {
            Add(mentions, folded, m, requireCue: true);
        }

        foreach (Match m in Worded().Matches(folded))
        {
            Add(mentions, folded, m, requireCue: false);
        }

        mentions.Sort((a, b) => a.Index.CompareTo(b.Index));
        return mentions;
    }

    private static void Add(List<DateMention> mentions, string folded, Match m, bool requireCue)
    {
        var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture) : null;
        if (!ArticleDate.IsValid(year, month, day) || mentions.Exists(x => x.Index <= m.Index && m.Index < x.Index + x.Length))
        {
            return;
        }

        var cued = HasCue(folded, m.Index);
        if (requireCue && !cued)
        {
            return;
        }

        mentions.Add(new DateMention(m.Index, m.Length, year, month, day, cued));
    }

    /// <summary>`ngày`, a part of the day, a weekday or an opening bracket just before the number.</summary>
    private static bool HasCue(string folded, int index)
    {
        var start = Math.Max(0, index - 24);
        return Cue().IsMatch(folded.AsSpan(start, index - start));
    }

    /// <summary>`30/11 đến 2/12/2023`, `30.12 - 2.1.2024`: a range across months whose year is written once, at its end.</summary>
    [GeneratedRegex("""
        (?<![\d/.,:])(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})
        \s*(?:-|–|den|toi)\s*(?:ngay\s*)?
        \d{1,2}\s*[/.\-]\s*(?<m2>\d{1,2})\s*[/.\-]\s*(?<y>(?:19|20)\d{2})(?!\d)
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex CrossMonthRange();

    /// <summary>`12 và 13/4`, `12, 13-4`, `12 đến ngày 13/4`: a second day of the same month, skipped (the event opens on the first).</summary>
    private const string SecondDay = """
        (?x:(?:
            \s*[-–,]\s*                               # 15-16/8, 7, 8/11
          | \s+(?:va|den|toi)\s+(?:ngay\s+)?          # 12 và 13/4, 25 đến ngày 27/10
        )\d{1,2})
        """;

    [GeneratedRegex($$"""
        (?<![\d/.,:])(?<d>\d{1,2}){{SecondDay}}?
        \s*/\s*(?<m>\d{1,2})
        (?:\s*/\s*(?<y>(?:19|20)\d{2}))?
        (?![\d/]|\s*%)                                # not 7/7 chỉ tiêu … 3/5%
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Slashed();

    [GeneratedRegex("""
        (?<![\d/.,:\-])(?<d>\d{1,2})
        (?:(?:\s*,\s*|\s+(?:va|den|toi)\s+(?:ngay\s+)?)\d{1,2})?     # a second day of the same month
        \s?[-.]\s?(?<m>\d{1,2})
        (?:\s?[-.]\s?(?<y>(?:19|20)\d{2}))?
        (?![\d/\-]|\s*%|\.\d)
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Dashed();

    [GeneratedRegex($$"""
        (?<!\d)(?<d>\d{1,2}){{SecondDay}}?
        \s+thang\s+(?<m>\d{1,2})
        (?:\s*,?\s*nam\s+(?<y>(?:19|20)\d{2}))?
        (?!\d)
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Worded();

    /// <summary>What may stand just before a day for it to count as a date: `ngày`, a part of the day, a weekday, a bracket.</summary>
    [GeneratedRegex($$"""
        (?:
            \b(?:ngay | {{Vocabulary.PartOfDay}} | rang\ sang | hom\ nay | hom\ qua | hom | mai
               | vao | tu | den | cuoi | dau)\s*
          | \(\s*
          | \b(?:thu\s+(?:hai|ba|tu|nam|sau|bay) | chu\ nhat)\s*,?\s*(?:ngay\s*)?
        )$
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Cue();
}

/// <summary>A day written in a sentence; <paramref name="Cued"/> when a word such as `ngày`, `sáng` or a bracket marks it as a date.</summary>
internal sealed record DateMention(int Index, int Length, int? Year, int Month, int Day, bool Cued);
