using System.Globalization;
using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;
using BulletinBot.Articles;

namespace BulletinBot.Articles.Dates;

/// <summary>Picks the conference's own day among all the days an article writes.</summary>
/// <remarks>
/// Each written day is scored from its sentence: a cue word (`Ngày`, `sáng`, a bracket) and an event word
/// (`hội nghị`, `tổ chức`, `diễn ra`) raise it, an early position helps, while deadlines (`trước ngày`),
/// document references (`Quyết định số … ngày`), anniversaries and years long past (before 1990, or ten years before the latest year written) lower it.
/// Year rule: a day written without a year takes year Y only when the text ties Y to the event itself:
/// the event's name in the same sentence carries `năm Y` (`Hội nghị tập huấn … năm 2023`), or the headline does
/// and the sentence speaks of that event, or the sentence's subject refers back to it (`Hội nghị diễn ra ngày 16/11`) and
/// an earlier sentence names it with its year, no other year written in between. Anything else stays year-less (`--MM-dd`); a year is never guessed.
/// </remarks>
internal static partial class EventDateFinder
{
    public static (ArticleDate Date, ArticleSentence Sentence)? Find(ArticleBody body)
    {
        var latestYear = LatestYear(body);
        (ArticleDate Date, ArticleSentence Sentence, double Score)? best = null;
        foreach (var sentence in body.Sentences)
        {
            foreach (var mention in VietnameseDateReader.Read(sentence.Folded))
            {
                var score = Score(sentence, mention, latestYear);
                if (best is null || score > best.Value.Score)
                {
                    var date = new ArticleDate(mention.Year ?? YearOfEvent(sentence, body), mention.Month, mention.Day);
                    best = (date, sentence, score);
                }
            }
        }

        return best is { Score: >= 0 } found ? (found.Date, found.Sentence) : null;
    }

    private static double Score(ArticleSentence sentence, DateMention mention, int? latestYear)
    {
        var folded = sentence.Folded;
        var before = folded.AsSpan(0, mention.Index);
        var nearBefore = before[Math.Max(0, before.Length - 40)..];
        var score = 1.0 - (0.15 * Math.Min(sentence.Index, 20));
        score += mention.Cued ? 2 : 0;
        score += EventWord().IsMatch(folded) ? 3 : 0;
        score += mention.Index < 12 ? 2 : 0;
        score += VenueAfter().IsMatch(folded.AsSpan(mention.Index + mention.Length)) ? 1 : 0;
        score -= Deadline().IsMatch(nearBefore) ? 6 : 0;
        score -= DocumentReference().IsMatch(nearBefore) ? 6 : 0;
        score -= Anniversary().IsMatch(nearBefore) ? 5 : 0;
        score -= mention.Year is { } year && (year < 1990 || (latestYear is { } latest && year < latest - 10)) ? 6 : 0;
        return score;
    }

    private static int? LatestYear(ArticleBody body)
    {
        int? latest = null;
        foreach (var text in body.Sentences.Select(s => s.Folded).Prepend(body.FoldedTitle ?? string.Empty))
        {
            foreach (Match m in YearWord().Matches(text))
            {
                var year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
                latest = latest is { } l && l >= year ? l : year;
            }
        }

        return latest;
    }

    private static int? YearOfEvent(ArticleSentence sentence, ArticleBody body)
    {
        if (NamedEventYear(sentence.Folded) is { } year)
        {
            return year;
        }

        if (RefersBackToEvent().IsMatch(sentence.Folded) && EarlierEventNameYear(sentence, body) is { } named)
        {
            return named;
        }

        return body.FoldedTitle is { } title && EventWord().IsMatch(sentence.Folded) ? NamedEventYear(title) : null;
    }

    /// <summary>
    /// `Hội nghị diễn ra ngày 16/11` after `… tổ chức Hội nghị … năm 2023`: the year of the nearest earlier event name,
    /// unless another year is written between that name and this sentence.
    /// </summary>
    private static int? EarlierEventNameYear(ArticleSentence sentence, ArticleBody body)
    {
        for (var i = sentence.Index - 1; i >= 0; i--)
        {
            var folded = body.Sentences[i].Folded;
            var names = EventNameYear().Matches(folded);
            var after = names.Count > 0 ? folded[(names[^1].Index + names[^1].Length)..] : folded;
            if (YearWord().IsMatch(after))
            {
                return null;
            }

            if (names.Count > 0)
            {
                return NamedEventYear(folded);
            }
        }

        return null;
    }

    /// <summary>The one year an event name carries (`Hội nghị … năm 2023`); none when two names disagree.</summary>
    private static int? NamedEventYear(string folded)
    {
        int? found = null;
        foreach (Match m in EventNameYear().Matches(folded))
        {
            var year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            if (found is { } other && other != year)
            {
                return null;
            }

            found = year;
        }

        return found;
    }

    [GeneratedRegex(@"\b(hoi nghi|hoi thao|tap huan|boi duong|lop|khoa hoc|dien dan|toa dam|hoi thi|hoi giang|to chuc|dien ra|khai mac|be mac|khai giang|chuong trinh|su kien|buoi)\b")]
    private static partial Regex EventWord();

    [GeneratedRegex(@"^(?:[^,.]{0,30},\s*)?(?:hoi nghi|hoi thao|lop tap huan|lop boi duong|lop hoc|lop|khoa tap huan|khoa boi duong|chuong trinh|buoi tap huan|toa dam|dien dan)\b")]
    private static partial Regex RefersBackToEvent();

    [GeneratedRegex(@"^\W{0,3}(,\s*)?(tai|o)\s")]
    private static partial Regex VenueAfter();

    [GeneratedRegex(@"\b(truoc|den het|cham nhat|han chot|thoi han|ke tu|hieu luc tu|het han|han)\s+(ngay\s*)?$|\bden\s+ngay\s*$")]
    private static partial Regex Deadline();

    [GeneratedRegex(@"\b(so\s+\d+|quyet dinh|nghi quyet|chi thi|thong tu|nghi dinh|ke hoach|cong van|thong bao|van ban|luat|ban hanh|ky|thong qua|cong bo|phe duyet)\b[^.;]{0,30}\bngay\s*$")]
    private static partial Regex DocumentReference();

    [GeneratedRegex(@"\b(ky niem|thanh lap|ra doi|tuyen ngon|ngay sinh|nam sinh|nhan dip|tuong niem)\b")]
    private static partial Regex Anniversary();

    [GeneratedRegex(@"(?<![\d/.\-])(?:nam\s+|/|-)(?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"\b(hoi nghi|hoi thao|tap huan|boi duong|lop|khoa|dien dan|toa dam|hoi thi|hoi giang|chuong trinh|dot \d+)\b[^.;:""“”]{0,120}?\bnam\s+(?<y>(?:19|20)\d{2})\b(?!\s*[-–]\s*\d)")]
    private static partial Regex EventNameYear();
}
