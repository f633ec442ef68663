using System.Text.RegularExpressions;

namespace BulletinBot.Articles.Text;

/// <summary>Recognises the lines of a pasted web page that are not the article: chrome, captions, bylines, footers.</summary>
/// <remarks>Every pattern runs on the folded line (lower case, no tone marks), so `Ảnh`, `ảnh` and `anh` look alike.</remarks>
internal static partial class NoiseLineRules
{
    /// <summary>Headings of the link lists and widgets that follow an article.</summary>
    public static bool IsTrailerHeading(string folded) => TrailerHeading().IsMatch(folded);

    /// <summary>Related-link headings that some sites place inside the article; the article may go on after them.</summary>
    public static bool IsInlineLinkHeading(string folded) => InlineLinkHeading().IsMatch(folded);

    /// <summary>A line such as `Tin liên quan: ...` that carries one link.</summary>
    public static bool IsInlineLink(string folded) => InlineLink().IsMatch(folded);

    /// <summary>
    /// `Thứ Hai, 14/08/2023 10:25`, `12/04/2023, 4:41 PM`, `Cập nhật: 16/8/2023 08:00`; also a stamp sharing its line with
    /// the site's name, a view count or a byline (`Nghệ An 24h - 10/09/2025, 20:15`, `Ngày đăng: 08/10/2025   Lượt xem: 236`)
    /// when the date is labelled, timed or given a weekday and the rest is a few words, not a sentence.
    /// </summary>
    public static bool IsPublicationStamp(string folded) =>
        (folded.Length < 80 && Stamp().IsMatch(folded) && FullDate().IsMatch(folded))
        || (folded.Length < LongestStampLine && LabelledStamp().Match(folded) is { Success: true } stamp
            && !folded.TrimEnd().EndsWith('.') && WordCount(folded.Remove(stamp.Index, stamp.Length)) <= 12);

    private const int LongestStampLine = 130;

    public static bool IsMenuItem(string line) =>
        line.Length > 0 && line[0] is '•' or '·' or '▪' or '►' or '|' or '»' or '›'
        || Separators(line, " | ") > 1 || Separators(line, " > ") > 1 || Separators(line, " / ") > 2
        || Separators(line, " · ") > 1 || line.Contains('▾', StringComparison.Ordinal) || MenuGap().Count(line) >= 2
        || IsShortBreadcrumb(line);

    /// <summary>How many times a separator stands in a line, counted without splitting it: every line of a page is asked.</summary>
    private static int Separators(string line, string separator)
    {
        var count = 0;
        for (var at = line.IndexOf(separator, StringComparison.Ordinal); at >= 0; at = line.IndexOf(separator, at + separator.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// `Xã hội | Phụ nữ`, `Thời sự › Địa phương`: two or three short section names; a headline is never cut so small.
    /// Section names carry no digits, which keeps a stamp (`Thứ Năm, 23/06/2022 | 16:20`) a stamp.
    /// </summary>
    private static bool IsShortBreadcrumb(string line) =>
        WordCount(line) <= 6 && !line.Any(char.IsDigit) && line.Split([" | ", " › ", " » "], StringSplitOptions.None) is { Length: >= 2 } parts
        && parts.All(p => WordCount(p.Trim()) <= 3);

    public static bool IsListItem(string line) =>
        line.Length > 1 && (line[0] is '-' or '–' or '+' or '*' or '•' or '·' || ListNumber().IsMatch(line));

    public static bool IsCaption(string folded) =>
        PhotoCredit().IsMatch(folded)
        || (ShortCaption().IsMatch(folded) && WordCount(folded) <= 14 && !folded.Any(char.IsDigit) && !IntroducesList(folded))
        || SpeechCaption().IsMatch(folded);

    /// <summary>`Các đại biểu được nghe các chuyên đề:` opens like a caption but a caption never introduces a list.</summary>
    private static bool IntroducesList(string folded) => folded.TrimEnd().EndsWith(':');

    public static bool IsBylineOrFooter(string line, string folded) =>
        Byline().IsMatch(folded) || Footer().IsMatch(folded) || Domain().IsMatch(folded)
        || (WordCount(line) <= 8 && IsAllCaps(line)) || AgencyCredit().IsMatch(folded);

    /// <summary>Very short leftovers of the page (`Top`, `Chủ tịch`, `1`): no sentence, no list item, no item heading (`Nội dung 1`).</summary>
    public static bool IsFragment(string line, string folded) =>
        WordCount(line) <= 3 && !IsListItem(line) && !line.EndsWith('.') && !line.EndsWith(':') && !ItemHeading().IsMatch(folded);

    public static int WordCount(string line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var isSpace = c == ' ';
            if (!isSpace && !inWord)
            {
                count++;
            }

            inWord = !isSpace;
        }

        return count;
    }

    private static bool IsAllCaps(string line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 1;
    }

    [GeneratedRegex("""
        ^\W*(?:
            co\ the\ ban\ quan\ tam | co\ the\ ban\ muon\ doc                           # "you may be interested"
          | (?:bai\ viet\ |tin\ )?cung\ chuyen\ muc                                     # same section
          | cac\ tin\ khac | cac\ tin\ da\ dua | tin\ khac | tin\ tuc\ khac              # other news
          | (?:cac\ )?bai\ viet\ khac | bai\ khac                                        # other articles
          | bai\ doc\ nhieu | tin\ doc\ nhieu | doc\ nhieu(?:\ nhat)?                    # most read
          | xem\ nhieu(?:\ nhat)?                                                        # most viewed
          | tieu\ diem | moi\ nhat | tin\ moi(?:\ nhat)? | tin\ noi\ bat                 # highlights, latest
          | phan\ hoi | binh\ luan | y\ kien\ ban\ doc | gui\ y\ kien | gui\ binh\ luan   # comments
          | tags? | tu\ khoa | chia\ se                                                  # tags, share
          | video\ lien\ quan | tin\ tuc\ lien\ quan                                     # related
        )\W*$
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex TrailerHeading();

    [GeneratedRegex("""
        ^\W*(?:
            tin\ lien\ quan | tin\ bai\ lien\ quan
          | bai\ lien\ quan | bai\ viet\ lien\ quan
          | xem\ them | doc\ them
        )\W*$
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex InlineLinkHeading();

    [GeneratedRegex("""
        ^\W*(?:tin\ lien\ quan | bai\ lien\ quan | xem\ them | doc\ them | co\ the\ ban\ quan\ tam)
        \s*[:>»-]\s*\S                                   # the link follows on the same line
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex InlineLink();

    /// <summary>A line made only of weekday, date, clock time, time zone and stamp words.</summary>
    [GeneratedRegex("""
        ^(?:
            [\s,|:()\-–+.]
          | thu | hai | ba | tu | nam | sau | bay | chu | nhat       # weekdays: Thứ Hai … Chủ nhật
          | cap | dang | ngay | luc | gio                             # cập nhật, đăng ngày, lúc, giờ
          | (?:gmt|utc)\s*[+\-]\s*\d{1,2} | gmt | am | pm            # time zones, 12-hour clocks
          | \d{1,2}[:h]\d{2}(?::\d{2})?                              # 08:30, 8h30
          | \d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}                        # 02/01/2026
        )+$
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Stamp();

    [GeneratedRegex(@"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}")]
    private static partial Regex FullDate();

    /// <summary>A full date with a label, a clock time or a weekday beside it.</summary>
    [GeneratedRegex("""
        (?:cap\ nhat | ngay\ dang | dang\ ngay | ngay\ cap\ nhat | dang\ luc | xuat\ ban | thoi\ gian\ dang)   # labels
            \s*(?:luc)?\s*:?\s*(?:\d{1,2}[:h]\d{2}\s*[|,\-–]?\s*)?\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}
      | \d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}\s*[|,\-–]?\s*\d{1,2}[:h]\d{2}                              # date, then time
      | \d{1,2}[:h]\d{2}\s*[|,\-–]\s*\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}                                # time | date
      | \b(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\ nhat)\s*,\s*\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}        # weekday, date
      """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex LabelledStamp();

    [GeneratedRegex(@"^(\d{1,2}[.)]|[a-z][.)])\s")]
    private static partial Regex ListNumber();

    [GeneratedRegex("""
        \((?:anh|nguon|video|clip)\s*:                 # (Ảnh: …)
      | ^\[?(?:anh|hinh|video)\]?\s*:                  # Ảnh: …
      | ^anh\ minh\ hoa | \(anh\ minh\ hoa\)           # illustration
      | ^\[(?:anh|video|infographic)\]
      | hinh\ anh\ \d+\s*$                             # alt text: "… hinh anh 2"
      """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex("""
        ^(?:
            quang\ canh | toan\ canh | khung\ canh | mot\ goc      # "view of the conference"
          | (?:cac\ )?dai\ bieu | (?:cac\ )?hoc\ vien              # delegates, trainees
          | (?:cac\ )?bao\ cao\ vien                                # speakers
          | cac\ dong\ chi(?:\ lanh\ dao)? | lanh\ dao             # the leaders
        )\b
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ShortCaption();

    /// <summary>`Ông X, Giám đốc Sở …, phát biểu tại hội nghị.`: a caption under a speaker's photo.</summary>
    /// <remarks>`… dự và phát biểu khai mạc lớp tập huấn` reports that the official attended, which no photo shows: a sentence, not a caption.</remarks>
    [GeneratedRegex($$"""
        ^[^.;:?!]{5,300}\b
        (?<!\bdu\ va\ )
        (?:
            phat\ bieu(?:\s+(?:khai\ mac|be\ mac|chi\ dao|ket\ luan|tham\ luan|tong\ ket|dong\ gop\ y\ kien|giao\ nhiem\ vu))?
          | (?:bao\ cao|trinh\ bay|quan\ triet)\ chuyen\ de
          | trinh\ bay\ tham\ luan
        )
        \s+(?:tai\s+)?(?:{{Vocabulary.Gathering}}|le|khoa)
        [^.;:]{0,40}\.?$
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex SpeechCaption();

    [GeneratedRegex("""
        ^(?:
            tin | bai | anh | nguon | theo | video | clip | thuc\ hien | bien\ tap
          | (?:tin|bai),?\s*anh | (?:tin|bai)\s+va\s+anh                 # Tin, ảnh: / Bài và ảnh:
          | nhom\ pv | pv | ctv | btv                                    # reporter, contributor, editor
        )\s*[:：]
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Byline();

    [GeneratedRegex("""
        https?:// | www\. | \S@\S | © | copyright                                 # links, e-mail addresses (not `Diễn đàn khuyến nông @ nông nghiệp`)
      | ^(?:
            tru\ so | dia\ chi | dien\ thoai | e-?mail | fax | hotline          # contact lines
          | ban\ quyen | giay\ phep | chiu\ trach\ nhiem | tong\ bien\ tap      # imprint
          | co\ quan\ chu\ quan | ghi\ ro\ nguon
          | dang\ nhap | dang\ ky | trang\ chu                                 # site chrome
          | (?:so\ )?luot\ (?:xem|doc|truy\ cap)                               # view counts
          | (?:len|ve)\ dau\ trang | in\ bai | gui\ bai
        )\b
      """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Footer();

    /// <summary>`Giới thiệu   Tin tức   Văn bản`: section names set apart by wide gaps instead of a separator.</summary>
    [GeneratedRegex(@"\S {3,}(?=\S)")]
    private static partial Regex MenuGap();

    /// <summary>`Nội dung 1`, `Chuyên đề thứ hai`, `Phần 3` alone on a line: the heading of the paragraph after it.</summary>
    [GeneratedRegex(@"^(?:chuyen de|noi dung|bai giang|phan)\s+(?:\d{1,2}|thu\s+\w+)$")]
    private static partial Regex ItemHeading();

    [GeneratedRegex(@"^[\w.\-]+\.(vn|com|org|net|gov)(\.vn)?/?$")]
    private static partial Regex Domain();

    [GeneratedRegex("""
        ^[^.]{0,40}(?:/|-|–)\s*(?:ttxvn|vna|vietnam\+|qdnd|vov|vtv|tto|nld|baotintuc)\)?\.?$    # T.Lan / TTXVN
      | ^(?:theo|nguon)\s+[^.]{2,40}$                                                            # Theo Báo …
      """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex AgencyCredit();
}
