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

    /// <summary>`Thứ Hai, 14/08/2023 10:25`, `12/04/2023, 4:41 PM`, `Cập nhật: 16/8/2023 08:00`.</summary>
    public static bool IsPublicationStamp(string folded) => folded.Length < 80 && Stamp().IsMatch(folded) && FullDate().IsMatch(folded);

    public static bool IsMenuItem(string line) =>
        line.Length > 0 && line[0] is '•' or '·' or '▪' or '►' or '|' or '»' or '›'
        || line.Split(" | ").Length > 2 || line.Split(" > ").Length > 2 || line.Split(" / ").Length > 3
        || IsShortBreadcrumb(line);

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

    /// <summary>Very short leftovers of the page (`Top`, `Chủ tịch`, `1`): no sentence, no list item.</summary>
    public static bool IsFragment(string line) =>
        WordCount(line) <= 3 && !IsListItem(line) && !line.EndsWith('.') && !line.EndsWith(':');

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

    [GeneratedRegex(@"^\W*(co the ban quan tam|co the ban muon doc|tin cung chuyen muc|cung chuyen muc|bai viet cung chuyen muc|cac tin khac|cac tin da dua|tin khac|bai viet khac|bai khac|tin tuc khac|cac bai viet khac|bai doc nhieu|tin doc nhieu|doc nhieu nhat|doc nhieu|xem nhieu nhat|xem nhieu|tieu diem|moi nhat|tin moi nhat|tin moi|tin noi bat|phan hoi|binh luan|y kien ban doc|gui y kien|gui binh luan|tags?|tu khoa|chia se|video lien quan|tin tuc lien quan)\W*$")]
    private static partial Regex TrailerHeading();

    [GeneratedRegex(@"^\W*(tin lien quan|bai lien quan|bai viet lien quan|xem them|doc them|tin bai lien quan)\W*$")]
    private static partial Regex InlineLinkHeading();

    [GeneratedRegex(@"^\W*(tin lien quan|bai lien quan|xem them|doc them|co the ban quan tam)\s*[:>»-]\s*\S")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^(?:[\s,|:()\-–+.]|thu|hai|ba|tu|nam|sau|bay|chu|nhat|cap|dang|ngay|luc|gio|gmt\s*[+\-]\s*\d{1,2}|utc\s*[+\-]\s*\d{1,2}|gmt|am|pm|\d{1,2}[:h]\d{2}(?::\d{2})?|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})+$")]
    private static partial Regex Stamp();

    [GeneratedRegex(@"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^(\d{1,2}[.)]|[a-z][.)])\s")]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"\((anh|nguon|video|clip)\s*:|^\[?(anh|hinh|video)\]?\s*:|^anh minh hoa|^\[(anh|video|infographic)\]|hinh anh \d+\s*$|\(anh minh hoa\)")]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^(quang canh|toan canh|cac dai bieu|dai bieu|cac hoc vien|hoc vien|cac dong chi lanh dao|lanh dao|cac dong chi|cac bao cao vien|bao cao vien|mot goc|khung canh)\b")]
    private static partial Regex ShortCaption();

    [GeneratedRegex(@"^[^.;:?!]{5,300}\b(phat bieu(\s+(khai mac|be mac|chi dao|ket luan|tham luan|tong ket|dong gop y kien|giao nhiem vu))?|bao cao chuyen de|trinh bay chuyen de|trinh bay tham luan|quan triet chuyen de)\s+(tai\s+)?(hoi nghi|hoi thao|buoi|le|chuong trinh|lop|dien dan|toa dam|khoa)[^.;:]{0,40}\.?$")]
    private static partial Regex SpeechCaption();

    [GeneratedRegex(@"^(tin|bai|anh|tin,?\s*anh|tin\s+va\s+anh|bai,?\s*anh|bai\s+va\s+anh|nguon|theo|video|clip|thuc hien|nhom pv|pv|ctv|btv|bien tap)\s*[:：]")]
    private static partial Regex Byline();

    [GeneratedRegex(@"https?://|www\.|@|©|copyright|^(tru so|dia chi|dien thoai|email|e-mail|fax|hotline|ban quyen|giay phep|chiu trach nhiem|tong bien tap|co quan chu quan|ghi ro nguon|dang nhap|dang ky|trang chu|luot xem|luot doc|luot truy cap|so luot xem|len dau trang|ve dau trang|in bai|gui bai)\b")]
    private static partial Regex Footer();

    [GeneratedRegex(@"^[\w.\-]+\.(vn|com|org|net|gov)(\.vn)?/?$")]
    private static partial Regex Domain();

    [GeneratedRegex(@"^[^.]{0,40}(/|-|–)\s*(ttxvn|vna|vietnam\+|qdnd|vov|vtv|tto|nld|baotintuc)\)?\.?$|^(theo|nguon)\s+[^.]{2,40}$")]
    private static partial Regex AgencyCredit();
}
