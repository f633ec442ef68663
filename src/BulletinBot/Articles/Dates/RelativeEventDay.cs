using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.Dates;

/// <summary>Resolves `Sáng nay`, `Hôm nay`, `Chiều nay` and `Hôm qua` against the page's publication stamp.</summary>
/// <remarks>
/// The relative word must sit in a sentence that speaks of the event (`Sáng nay, tại TP Tuy Hòa, Sở Nội vụ … tổ chức hội
/// nghị …`, `BTN - Cục Thuế … sáng nay tổ chức …`) and write no day of its own, or a year-less one agreeing with the stamp
/// (`Sáng nay (8/10)` under `08/10/2024 | 10:42` lends the stamp's year; any other day is read by <see cref="EventDateFinder"/>). It wins over a
/// day found only in a later sentence. `… nay` may stand anywhere, since the subject often comes first; `Hôm qua` must
/// open the sentence, after any dateline or agency tag (`Tây Ninh (TTXVN) -`), as mid-sentence it often speaks of
/// something else that happened the day before. Without a stamp nothing is resolved: a day is never guessed.
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
            if (written is { } w && w.Sentence.Index < sentence.Index)
            {
                break;
            }

            if (RelativeDay().Match(sentence.Folded) is { Success: true } m && EventWords.SpeakOfEvent(sentence.Folded))
            {
                var day = m.Groups["yesterday"].Success ? published.AddDays(-1) : published;
                var mentions = VietnameseDateReader.Read(sentence.Folded);
                if (mentions.Count == 0 || (mentions[0] is { Year: null } first && first.Month == day.Month && first.Day == day.Day))
                {
                    return (new ArticleDate(day.Year, day.Month, day.Day), sentence);
                }
            }
        }

        return written;
    }

    [GeneratedRegex($$"""
        \b(?:{{Vocabulary.PartOfDay}}|hom)\ nay\b                   # sáng nay, hôm nay: anywhere in the sentence
      | ^\W*
        (?:                                                          # an optional dateline or agency tag
            (?:[\p{L}\ ]{0,30}\([^()]{2,40}\) | [\p{L}\p{N}.]{2,20})
            \s*[-–—]\s+
        )?
        (?<yesterday>(?:{{Vocabulary.PartOfDay}}\ )?hom\ qua)\b     # hôm qua: only opening the sentence
      """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex RelativeDay();
}
