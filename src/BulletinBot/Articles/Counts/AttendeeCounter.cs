using System.Globalization;
using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.Counts;

/// <summary>Reads the number of delegates: `hơn 250 đại biểu`, `gần 300 học viên`, `1.200 người`.</summary>
/// <remarks>
/// Only a written number counts (`hàng trăm đại biểu` gives none). `hơn`, `trên`, `ngoài`, `hơn … một chút` mean at least;
/// `gần`, `khoảng`, `xấp xỉ` give the number without the at-least mark. Counts of provinces, topics or reports
/// never match because the number must stand before a word for people: a fixed list (`đại biểu`, `cán bộ`, `người`)
/// or any noun of the `-viên` family (`phóng viên`, `biên tập viên`, `trợ giúp viên`, `tuyên truyền viên`),
/// but not `học viện` (`3 Học viện Chính trị`), which folds like `học viên`. A count given only in the headline
/// (`Hơn 100 cán bộ y tế được tập huấn`) counts when the text gives none.
/// </remarks>
internal static partial class AttendeeCounter
{
    public static AttendeeCount? Find(ArticleBody body, ArticleDate? eventDate)
    {
        (AttendeeCount Count, int Score)? best = null;
        foreach (var sentence in body.Sentences)
        {
            // The count first: most sentences have none, while telling another event's sentence reads every date in it.
            if (Read(sentence.Folded) is not { } found || OtherEventSentence.Is(sentence, eventDate))
            {
                continue;
            }

            // `hỗ trợ hơn 1.500 đoàn viên`, `tỉnh có 24.500 hòa giải viên`: other people are counted in a year's
            // statistics; only delegates, trainees, or people in a sentence about attending are the audience.
            var attending = Attendance().IsMatch(sentence.Folded) || TrainedFor().IsMatch(sentence.Folded);
            if (!attending && !found.Preferred)
            {
                continue;
            }

            var score = (attending ? Weight.Attending : 0) + (found.Preferred ? Weight.DelegateNoun : 0) - (Math.Min(sentence.Index, 30) / Weight.SentencesPerPoint);
            if (best is null || score > best.Value.Score)
            {
                best = (found.Count, score);
            }
        }

        return best?.Count ?? InHeadline(body);
    }

    /// <summary>`TPHCM: 180 cán bộ, công chức được bồi dưỡng …`: the headline counts the people the event was for.</summary>
    private static AttendeeCount? InHeadline(ArticleBody body) =>
        body.FoldedTitle is { } title && Read(title) is { } found && (found.Preferred || EventWords.SpeakOfEvent(title) || TrainedVerb().IsMatch(title))
            ? found.Count : null;

    /// <summary>
    /// The people count of a folded sentence: the first count of delegates or trainees (Preferred), else the first count of
    /// any people; `hơn 180 trợ giúp viên …, và 180 đại biểu` counts the delegates.
    /// </summary>
    public static (AttendeeCount Count, bool Preferred)? Read(string folded)
    {
        // Every count is written in digits; the pattern's many optional lead words would otherwise be tried at most letters.
        if (!folded.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        (AttendeeCount Count, bool Preferred)? first = null;
        foreach (Match m in PeopleCount().Matches(folded))
        {
            var digits = m.Groups["n"].Value.Replace(".", string.Empty, StringComparison.Ordinal);
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 2)
            {
                continue;
            }

            var atLeast = m.Groups["q"].Value is "hon" or "tren" or "ngoai" or "hon ca" or "len den hon" or "toi hon";
            var preferred = m.Groups["noun"].Value is "dai bieu" or "hoc vien";
            if (preferred)
            {
                return (new AttendeeCount(count, atLeast), true);
            }

            first ??= (new AttendeeCount(count, atLeast), false);
        }

        return first;
    }

    /// <summary>How a sentence's count of people is scored; the highest wins, the earlier on a tie.</summary>
    private static class Weight
    {
        public const int Attending = 4;             // the sentence is about attending (`tham dự`, `tập huấn cho`)
        public const int DelegateNoun = 2;          // the people are `đại biểu` or `học viên`
        public const int SentencesPerPoint = 10;    // one point off for every ten sentences before it
    }

    /// <summary>A noun for people ending in `viên` (`phóng viên`, `hội viên`, `tuyên truyền viên`), but no unit or school.</summary>
    private const string VienNoun = """
        (?x:
            (?!(?:tinh(?!\snguyen) | huyen | thi\ xa | xa | phuong | vu | viec | chuyen\ de | lop | bai | khoa | dot
                 | don\ vi | co\ quan | truong | nhom | hoc | nam | thang | ngay | hoc\ vien\ chinh\ tri)\s)
            (?:[a-z]+\s){1,2}vien
        )
        """;

    [GeneratedRegex($$"""
        (?<![\d/.,])
        (?:\b(?<q>                                                 # at least: hơn, trên, ngoài; about: gần, khoảng
            hon | tren | ngoai | gan | khoang | xap\ xi | chung | uoc\ tinh | ngot
          | len\ den\ hon | toi\ hon | toi | len\ toi | den | voi | co
        )\s+)?
        (?<n>\d{1,3}(?:\.\d{3})+ | \d{1,5})                        # 1.200 or 120
        \s+(?:luot\s+)?
        (?<noun>
            dai\ bieu
          | hoc\ vien(?!\s+(?:chinh\ tri|bao\ chi|hanh\ chinh|quoc\ phong|canh\ sat|an\ ninh|ky\ thuat|dan\ toc|tu\ phap|ngoai\ giao|toa\ an)\b)
          | can\ bo | cong\ chuc | vien\ chuc | nguoi | khach\ moi | dong\ chi
          | hoc\ sinh | chien\ si | chuyen\ gia | nha\ khoa\ hoc | nha\ bao | luat\ su
          | nong\ dan | ngu\ dan | thanh\ nien | phu\ nu | cu\ tri | doanh\ nhan      # farmers, fishers, youth, women, voters
          | bac\ si | y\ si | dieu\ duong                                               # doctors, nurses
          | dai\ dien                                                                  # representatives (of households, firms)
          | chu\ (?:co\ so | ho | doanh\ nghiep | trang\ trai | cua\ hang | nha\ hang | homestay | tau)   # owners; not `chủ đề`
          | {{VienNoun}}
        )\b
        (?!\s+(?:quoc\ hoi|hdnd|hoi\ dong\ nhan\ dan)\b)            # đại biểu Quốc hội are no audience
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex PeopleCount();

    [GeneratedRegex($$"""
        \b(?:
            tham\ du | tham\ gia | su\ tham\ du | co\ mat | thu\ hut
          | du\ (?:{{Vocabulary.Gathering}}|khai\ mac|le)
          | (?:ve|den|toi|cung)\ du
          | (?:tap\ huan|boi\ duong)\ cho
          | dai\ bieu | hoc\ vien
        )\b
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Attendance();

    /// <summary>`được tập huấn`, `được bồi dưỡng`, `được hướng dẫn`: a headline about the people trained.</summary>
    [GeneratedRegex(@"\bduoc\s+(?:tap huan|boi duong|huong dan|trang bi|pho bien|cap nhat|tuyen truyen)\b")]
    private static partial Regex TrainedVerb();

    /// <summary>`tổ chức hội nghị tập huấn cho 120 hòa giải viên`, `lớp học với 60 tuyên truyền viên`: the people the event is held for.</summary>
    [GeneratedRegex($$"""
        \b{{Vocabulary.Gathering}}\b
        [^;:]{0,120}?                                   # a sentence: the only full stops left are abbreviations
        \b(?:cho|voi|gom|co)\s+(?:(?:hon|tren|gan|khoang|xap\ xi|ngot)\s+)?\d
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex TrainedFor();
}

/// <summary>How many people attended; <paramref name="AtLeast"/> for `hơn`/`trên` (more than the number written).</summary>
internal sealed record AttendeeCount(int Count, bool AtLeast);
