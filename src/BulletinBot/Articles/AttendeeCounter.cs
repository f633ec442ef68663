using System.Globalization;
using System.Text.RegularExpressions;

namespace BulletinBot.Articles;

/// <summary>Reads the number of delegates: `hơn 250 đại biểu`, `gần 300 học viên`, `1.200 người`.</summary>
/// <remarks>
/// Only a written number counts (`hàng trăm đại biểu` gives none). `hơn`, `trên`, `ngoài`, `hơn … một chút` mean at least;
/// `gần`, `khoảng`, `xấp xỉ` give the number without the at-least mark. Counts of provinces, topics or reports
/// never match because the number must stand before a word for people.
/// </remarks>
internal static partial class AttendeeCounter
{
    public static AttendeeCount? Find(ArticleBody body)
    {
        (AttendeeCount Count, int Score)? best = null;
        foreach (var sentence in body.Sentences)
        {
            if (Read(sentence.Folded) is not { } found)
            {
                continue;
            }

            var score = (Attendance().IsMatch(sentence.Folded) ? 4 : 0) + (found.Preferred ? 2 : 0) - Math.Min(sentence.Index, 30) / 10;
            if (best is null || score > best.Value.Score)
            {
                best = (found.Count, score);
            }
        }

        return best?.Count;
    }

    /// <summary>The first people count in a folded sentence; Preferred when it counts delegates or trainees.</summary>
    public static (AttendeeCount Count, bool Preferred)? Read(string folded)
    {
        foreach (Match m in PeopleCount().Matches(folded))
        {
            var digits = m.Groups["n"].Value.Replace(".", string.Empty, StringComparison.Ordinal);
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 2)
            {
                continue;
            }

            var atLeast = m.Groups["q"].Value is "hon" or "tren" or "ngoai" or "hon ca" or "len den hon" or "toi hon";
            var preferred = m.Groups["noun"].Value is "dai bieu" or "hoc vien";
            return (new AttendeeCount(count, atLeast), preferred);
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\d/.,])(?:\b(?<q>hon|tren|ngoai|gan|khoang|xap xi|chung|uoc tinh|ngot|len den hon|toi hon|toi|len toi|den|voi|co)\s+)?(?<n>\d{1,3}(?:\.\d{3})+|\d{1,5})\s+(?:luot\s+)?(?<noun>dai bieu|hoc vien|can bo|nguoi|thanh vien|hoi vien|khach moi|giao vien|dong chi|hoc sinh|sinh vien|chien si|doan vien|chuyen gia|nha khoa hoc|bao cao vien|tinh nguyen vien)\b(?!\s+(?:quoc hoi|hdnd|hoi dong nhan dan)\b)")]
    private static partial Regex PeopleCount();

    [GeneratedRegex(@"\b(tham du|tham gia|du hoi nghi|co mat|su tham du|tap huan cho|boi duong cho|thu hut|du lop)\b")]
    private static partial Regex Attendance();
}
