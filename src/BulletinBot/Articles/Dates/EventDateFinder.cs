using System.Globalization;
using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.Dates;

/// <summary>Picks the conference's own day among all the days an article writes.</summary>
/// <remarks>
/// Each written day is scored from its sentence: a cue word (`Ngày`, `sáng`, a bracket) and an event word
/// (`hội nghị`, `tổ chức`, `diễn ra`) raise it, an early position helps, while deadlines (`trước ngày`),
/// document references (`Quyết định số … ngày`), anniversaries and years long past (before 1990, or ten years before the latest year written) lower it.
/// Year rule: a day written without a year takes it from the page's publication stamp when there is one (or from the
/// publication date the caller passes): a report is on or before its stamp, so `ngày 29/12` under `02/01/2026` is
/// 2025-12-29; an announcement (`sẽ diễn ra`, `dự kiến`, `sắp tổ chức`) is on or after it. Without a stamp the day takes year Y
/// only when the text ties Y to the event itself: the event's name in the same sentence carries `năm Y` (`Hội nghị tập huấn
/// … năm 2023`), or the headline does and the sentence speaks of that event, or the sentence's subject refers back to it
/// (`Hội nghị diễn ra ngày 16/11`) and an earlier sentence names it with its year, no other year written in between.
/// Anything else stays year-less (`--MM-dd`); a year is never guessed.
/// </remarks>
internal static partial class EventDateFinder
{
    public static (ArticleDate Date, ArticleSentence Sentence)? Find(ArticleBody body, DateOnly? published)
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
                    var year = mention.Year ?? YearFromStamp(sentence, mention, published) ?? YearOfEvent(sentence, body);
                    var date = new ArticleDate(year, mention.Month, mention.Day);
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
        var score = Weight.Start - (Weight.PerSentenceBefore * Math.Min(sentence.Index, 20));
        score += mention.Cued ? Weight.Cue : 0;
        score += EventWords.SpeakOfEvent(folded) ? Weight.EventWordInSentence : 0;
        score += mention.Index < 12 ? Weight.OpensSentence : 0;
        score += VenueAfter().IsMatch(folded.AsSpan(mention.Index + mention.Length)) ? Weight.VenueAfter : 0;
        score -= Deadline().IsMatch(nearBefore) ? Weight.Deadline : 0;
        score -= DocumentReference().IsMatch(nearBefore) ? Weight.DocumentDate : 0;
        score -= Anniversary().IsMatch(nearBefore) ? Weight.Anniversary : 0;
        score -= NamedDayBefore(sentence, mention.Index) ? Weight.Anniversary : 0;
        score -= IsDateline(folded, mention) ? Weight.Dateline : 0;
        score -= mention.Year is { } year && (year < 1990 || (latestYear is { } latest && year < latest - 10)) ? Weight.LongPast : 0;
        return score;
    }

    /// <summary>
    /// The year that puts a reported day on or before the stamp, or an announced one on or after it; a stamp may lag or lead the
    /// event by a few days (<see cref="StampSlackDays"/>), so a day that close on the other side keeps the stamp's year.
    /// </summary>
    /// <summary>
    /// `Hưởng ứng Ngày Pháp luật Việt Nam (9/11), chiều 8/11, …`, `Ngày Quốc tế Phụ nữ (8/3)`: a bracketed day right after the
    /// name of a day of the year is that day's date. The name is capitalised (`Ngày Pháp luật`), unlike the cue `ngày 9/11` or
    /// `Ngày hôm nay (8/11)`.
    /// </summary>
    private static bool NamedDayBefore(ArticleSentence sentence, int mentionIndex) =>
        NamedDay().Match(sentence.Folded, Math.Max(0, mentionIndex - NamedDayLongest), Math.Min(mentionIndex, NamedDayLongest)) is { Success: true } day
        && sentence.Text[day.Index] == 'N' && char.IsUpper(sentence.Text[day.Index + 5]);

    private const int NamedDayLongest = 90;

    /// <summary>`VINH (04/10/2024) – …`, `Hà Nội (TTXVN) 12/3 -`: a place and a bracketed date opening the text before a dash.</summary>
    private static bool IsDateline(string folded, DateMention mention) =>
        mention.Index < DatelineLongest && DatelineBefore().IsMatch(folded.AsSpan(0, mention.Index))
        && DatelineAfter().IsMatch(folded.AsSpan(mention.Index + mention.Length));

    private const int DatelineLongest = 40;

    private static int? YearFromStamp(ArticleSentence sentence, DateMention mention, DateOnly? published)
    {
        if (published is not { } stamp || !ArticleDate.IsValid(stamp.Year, mention.Month, mention.Day))
        {
            return null;
        }

        var daysAfterStamp = new DateOnly(stamp.Year, mention.Month, mention.Day).DayNumber - stamp.DayNumber;
        var year = Announcement().IsMatch(sentence.Folded)
            ? (daysAfterStamp < -StampSlackDays ? stamp.Year + 1 : stamp.Year)
            : (daysAfterStamp > StampSlackDays ? stamp.Year - 1 : stamp.Year);
        return ArticleDate.IsValid(year, mention.Month, mention.Day) ? year : null;
    }

    private const int StampSlackDays = 10;

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

        return body.FoldedTitle is { } title && EventWords.SpeakOfEvent(sentence.Folded) ? NamedEventYear(title) : null;
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

    /// <summary>How much each clue raises or lowers a written day's chance of being the event's; a day below zero is never taken.</summary>
    private static class Weight
    {
        public const double Start = 1.0;
        public const double PerSentenceBefore = 0.15;     // the lead states the date; later days are more often history
        public const double Cue = 2;                      // `ngày`, `sáng`, a bracket just before
        public const double EventWordInSentence = 3;      // `hội nghị`, `tổ chức`, `diễn ra` in the sentence
        public const double OpensSentence = 2;            // `Ngày 16/8, …`
        public const double VenueAfter = 1;               // `ngày 16/8 tại …`
        public const double Deadline = 6;                 // `trước ngày 30/9`
        public const double DocumentDate = 6;             // `Quyết định số … ngày 2/3/2023`
        public const double Anniversary = 5;              // `kỷ niệm … ngày 2/9`
        public const double LongPast = 6;                 // before 1990, or ten years before the latest year written
        public const double Dateline = 6;                 // `VINH (04/10/2024) – Ngày 3-10, …`: the stamp, not the event
    }

    /// <summary>The sentence's subject is the event itself: `Hội nghị diễn ra …`, `Sáng nay, lớp học …`.</summary>
    [GeneratedRegex("""
        ^(?:[^,.]{0,30},\s*)?                             # an opening adverbial: `Theo kế hoạch, `
        (?:
            hoi\ nghi | hoi\ thao | toa\ dam | dien\ dan | chuong\ trinh
          | lop(?:\ tap\ huan|\ boi\ duong|\ hoc)?
          | khoa\ (?:tap\ huan|boi\ duong)
          | buoi\ tap\ huan
        )\b
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex RefersBackToEvent();

    /// <summary>Future tense: the article announces the event rather than reporting it.</summary>
    [GeneratedRegex("""
        \b(?:
            se\ (?:duoc\ )?(?:dien\ ra|to\ chuc|khai\ mac|khai\ giang|mo)    # will take place, will be held
          | sap\ (?:dien\ ra|to\ chuc|khai\ mac|khai\ giang)                  # is about to
          | du\ kien | theo\ ke\ hoach                                        # is planned
        )\b
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Announcement();

    [GeneratedRegex(@"^\W{0,3}(,\s*)?(tai|o)\s")]
    private static partial Regex VenueAfter();

    [GeneratedRegex("""
        \b(?:
            truoc | den\ het | cham\ nhat | han\ chot | thoi\ han | han          # before, at the latest, deadline
          | ke\ tu | hieu\ luc\ tu | het\ han                                    # in force from, expires
          | (?<!thu\ )sau                                                        # a cut-off: `sau ngày 31/12/2020`, not Thứ Sáu
        )\s+(?:ngay\s*)?$
      | \bden\s+ngay\s*$                                                         # until
      """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Deadline();

    [GeneratedRegex("""
        \b(?:
            so\s+\d+                                                              # số 12/KH-UBND
          | quyet\ dinh | nghi\ quyet | chi\ thi | thong\ tu | nghi\ dinh | luat  # kinds of legal document
          | ke\ hoach | cong\ van | thong\ bao | van\ ban
          | ban\ hanh | ky | thong\ qua | cong\ bo | phe\ duyet                   # issued, signed, passed
        )\b[^.;]{0,30}\bngay\s*$
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex DocumentReference();

    [GeneratedRegex("""
        \b(?:
            ky\ niem | tuong\ niem | nhan\ dip        # anniversaries, commemorations
          | thanh\ lap | ra\ doi | tuyen\ ngon        # founded, born, declared
          | ngay\ sinh | nam\ sinh                    # birth dates
        )\b
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Anniversary();

    [GeneratedRegex(@"\bngay\s[^,;:()]{3,80}\(\s*$")]
    private static partial Regex NamedDay();

    [GeneratedRegex(@"^\W*\p{L}[\p{L}\s.]{1,30}\(\s*$")]
    private static partial Regex DatelineBefore();

    [GeneratedRegex(@"^\s*\)\s*[-–—:]")]
    private static partial Regex DatelineAfter();

    [GeneratedRegex(@"(?<![\d/.\-])(?:nam\s+|/|-)(?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex YearWord();

    /// <summary>An event's name carrying its year: `Hội nghị tập huấn … năm 2023`, not a range `năm 2023-2025`.</summary>
    [GeneratedRegex($$"""
        \b(?:{{Vocabulary.Gathering}} | khoa | dot\ \d+)\b
        [^.;:"“”]{0,120}?
        \bnam\s+(?<y>(?:19|20)\d{2})\b(?!\s*[-–]\s*\d)
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex EventNameYear();
}
