using System.Text.RegularExpressions;

namespace BulletinBot.Articles;

/// <summary>Recognises sentences about another event than the article's own: an earlier round, a planned one.</summary>
/// <remarks>
/// Series of regional conferences are reported together (`Trước đó, ngày 28/3, hội nghị khu vực phía Bắc … 25 tỉnh`), so
/// their counts must not be taken for this event's. A sentence is about another event when it opens with a word that moves
/// the time away (`Trước đó`, `Năm trước`, `Dự kiến`, `Sắp tới`, `Thời gian tới`), or writes days none of which is the event's date.
/// </remarks>
internal static partial class OtherEventSentence
{
    public static bool Is(ArticleSentence sentence, ArticleDate? eventDate)
    {
        if (OtherTimeLead().IsMatch(sentence.Folded))
        {
            return true;
        }

        if (eventDate is null)
        {
            return false;
        }

        var days = VietnameseDateReader.Read(sentence.Folded);
        return days.Count > 0 && !days.Any(d => d.Month == eventDate.Month && d.Day == eventDate.Day);
    }

    [GeneratedRegex(@"^\W*(?:truoc do|truoc day|nam truoc|nam ngoai|dot truoc|ky truoc|du kien|sap toi|thoi gian toi|trong thoi gian toi|tiep noi)\b")]
    private static partial Regex OtherTimeLead();
}
