using System.Text.RegularExpressions;
using BulletinBot.Articles.Dates;

namespace BulletinBot.Articles.Text;

/// <summary>Recognises sentences about another event than the article's own: an earlier round, a planned one.</summary>
/// <remarks>
/// Series of regional conferences are reported together (`Trước đó, ngày 28/3, hội nghị khu vực phía Bắc … 25 tỉnh`), so
/// their counts must not be taken for this event's. A sentence is about another event when it opens with a word that moves
/// the time away (`Trước đó`, `Năm trước`, `Dự kiến`, `Sắp tới`, `Thời gian tới`), or writes days none of which is the event's date.
/// </remarks>
internal static partial class OtherEventSentence
{
    /// <summary>Whether a folded sentence or paragraph opens with a word that moves the time away (`Trước đó`, `Dự kiến`).</summary>
    public static bool OpensOtherTime(string folded) => OtherTimeLead().IsMatch(folded);

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

    /// <summary>
    /// The sentences outside paragraphs opened by a word that moves the time away (`Trước đó, ngày 27/2, hội nghị …
    /// diễn ra …. Hội nghị do Đại tá X chủ trì`). Dates alone do not exclude here: a speaker often cites an older
    /// plan or law by its date (`cho biết theo Kế hoạch … ngày 2/3/2023`) while speaking at this event.
    /// </summary>
    public static IEnumerable<ArticleSentence> OutsideOtherEventParagraphs(ArticleBody body)
    {
        var otherParagraph = -1;
        var previousParagraph = -1;
        foreach (var sentence in body.Sentences)
        {
            var opensParagraph = sentence.Paragraph != previousParagraph;
            previousParagraph = sentence.Paragraph;
            if (opensParagraph && OtherTimeLead().IsMatch(sentence.Folded))
            {
                otherParagraph = sentence.Paragraph;
            }

            if (sentence.Paragraph != otherParagraph)
            {
                yield return sentence;
            }
        }
    }

    [GeneratedRegex("""
        ^\W*(?:
            truoc\ do | truoc\ day | nam\ truoc | nam\ ngoai | dot\ truoc | ky\ truoc | tiep\ noi     # earlier
          | du\ kien | sap\ toi | (?:trong\ )?thoi\ gian\ toi                                        # later
        )\b
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex OtherTimeLead();
}
