using System.Globalization;
using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.Dates;

/// <summary>Reads the start time (`8h00`, `14 giờ 30`, `8 giờ`, `14h`, `2 giờ chiều`) of the event.</summary>
/// <remarks>
/// A time in the sentence that holds the event's date wins; elsewhere only a time introduced by `lúc`, `vào`,
/// `từ` or followed by a part of the day counts. Durations (`trong 2 giờ`, `kéo dài 3 giờ`) are not times.
/// </remarks>
internal static partial class EventTimeFinder
{
    public static string? Find(ArticleBody body, ArticleSentence? dateSentence)
    {
        if (dateSentence is not null && First(dateSentence.Folded, requireCue: false) is { } sameSentence)
        {
            return sameSentence;
        }

        foreach (var sentence in body.Sentences)
        {
            if (First(sentence.Folded, requireCue: true) is { } cued)
            {
                return cued;
            }
        }

        return null;
    }

    /// <summary>The first clock time in a folded sentence, as `HH:mm`.</summary>
    public static string? First(string folded, bool requireCue)
    {
        foreach (Match m in ClockTime().Matches(folded))
        {
            var hour = int.Parse(m.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
            var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture) : 0;
            var before = folded.AsSpan(0, m.Index);
            var afterternoon = m.Groups["part"].Value is "chieu" or "toi" or "dem";
            if (m.Groups["colon"].Success && !TimeCue().IsMatch(before))
            {
                continue;
            }

            if (Duration().IsMatch(before) || (requireCue && !TimeCue().IsMatch(before) && !m.Groups["part"].Success && !DayAfter().IsMatch(folded.AsSpan(m.Index + m.Length))))
            {
                continue;
            }

            if (afterternoon && hour < 12)
            {
                hour += 12;
            }

            if (hour <= 23 && minute <= 59)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{hour:D2}:{minute:D2}");
            }
        }

        return null;
    }

    [GeneratedRegex($$"""
        (?<![\d:/.,])(?<h>\d{1,2})
        (?:
            \s*(?:h|gio)(?:\s*(?<m>\d{2})(?:\s*(?:phut|'))?)?     # 8h, 8h30, 14 giờ 30 phút, 7h30'
          | (?<colon>:)(?<m>\d{2})                                 # 08:30 (needs a cue: stamps have clocks too)
        )
        (?![\w:/])
        (?:\s+(?<part>{{Vocabulary.PartOfDay}}))?                 # 2 giờ chiều
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ClockTime();

    /// <summary>Words before a number of hours that make it a duration: `trong 2 giờ`, `kéo dài 3 giờ`.</summary>
    [GeneratedRegex("""
        \b(?:trong | keo\ dai | suot | mat | sau | hon | gan | moi | thoi\ luong | khoang\ thoi\ gian | 24/)\s*$
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Duration();

    [GeneratedRegex("""
        \b(?:luc | vao | tu | bat\ dau | khai\ mac | tu\ luc | vao\ luc)\s*$
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex TimeCue();

    [GeneratedRegex($$"""^\s*,?\s*(?:ngay|{{Vocabulary.PartOfDay}}|hom)\b""")]
    private static partial Regex DayAfter();
}
