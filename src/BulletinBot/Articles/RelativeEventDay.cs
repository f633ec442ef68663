using System.Text.RegularExpressions;

namespace BulletinBot.Articles;

/// <summary>Resolves `Sáng nay`, `Hôm nay`, `Chiều nay` and `Hôm qua` against the page's publication stamp.</summary>
/// <remarks>
/// The relative word must open a sentence that speaks of the event (`Sáng nay, tại TP Tuy Hòa, Sở Nội vụ … tổ chức hội
/// nghị …`) and write no day of its own (`Hôm nay (16/8)` is read by <see cref="EventDateFinder"/>). It wins over a
/// day found only in a later sentence. Without a stamp nothing is resolved: a day is never guessed.
/// </remarks>
internal static partial class RelativeEventDay
{
    public static (ArticleDate Date, ArticleSentence Sentence)? Resolve(
        ArticleBody body, DateOnly? stamp, (ArticleDate Date, ArticleSentence Sentence)? written)
    {
        if (stamp is not { } published)
        {
            return written;
        }

        foreach (var sentence in body.Sentences)
        {
            if (written is { } w && w.Sentence.Index <= sentence.Index)
            {
                break;
            }

            if (RelativeDay().Match(sentence.Folded) is { Success: true } m && EventWord().IsMatch(sentence.Folded)
                && VietnameseDateReader.Read(sentence.Folded).Count == 0)
            {
                var day = m.Groups["yesterday"].Success ? published.AddDays(-1) : published;
                return (new ArticleDate(day.Year, day.Month, day.Day), sentence);
            }
        }

        return written;
    }

    [GeneratedRegex(@"^\W*(?:(?:sang|chieu|toi|trua|hom) nay|(?<yesterday>(?:(?:sang|chieu|toi|trua) )?hom qua))\b")]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"\b(hoi nghi|hoi thao|tap huan|boi duong|lop|dien dan|toa dam|to chuc|dien ra|khai mac|be mac|khai giang)\b")]
    private static partial Regex EventWord();
}
