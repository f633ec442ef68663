using System.Globalization;
using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.Counts;

/// <summary>Reads how many provinces and cities took part: `43 tỉnh, thành phố`, `19 tỉnh, thành phía Nam`, `12 địa phương`.</summary>
/// <remarks>A bare `12 tỉnh` or `12 địa phương` counts only in a sentence about attending; sentences about the 2025 merger
/// or about another event (<see cref="OtherEventSentence"/>) never count; a count beside the attendee count wins.</remarks>
internal static partial class ProvinceCountFinder
{
    public static int? Find(ArticleBody body, ArticleDate? eventDate)
    {
        int? first = null;
        foreach (var sentence in body.Sentences)
        {
            // The count first: it needs a digit, while telling another event's sentence reads every date in it.
            if (Count(sentence) is not { } count || Merger().IsMatch(sentence.Folded) || OtherEventSentence.Is(sentence, eventDate))
            {
                continue;
            }

            // The provinces the delegates came from are written next to the delegates: `hơn 220 đại biểu đến từ 9 tỉnh`.
            if (AttendeeCounter.Read(sentence.Folded) is not null)
            {
                return count;
            }

            first ??= count;
        }

        return first ?? InHeadline(body);
    }

    /// <summary>`Tập huấn trực tuyến … cho 63 tỉnh, thành phố`: a count the headline alone gives is the event's.</summary>
    private static int? InHeadline(ArticleBody body) =>
        body is { Title: { } title, FoldedTitle: { } folded } && !Merger().IsMatch(folded)
            ? Count(new ArticleSentence(title, folded, Paragraph: -1, Index: -1)) : null;

    private static int? Count(ArticleSentence sentence)
    {
        foreach (Match m in ProvinceCount().Matches(sentence.Folded))
        {
            var count = int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
            var paired = m.Groups["pair"].Success;
            if (IsProvinceWord(sentence.Text, m.Groups["w"].Index)
                && count is >= 2 and <= 63 && (paired || Attendance().IsMatch(sentence.Folded)))
            {
                return count;
            }
        }

        return null;
    }

    /// <summary>
    /// Folding erases the tone that tells `tỉnh` (province) from `tình` (`5 tình huống`, `tình hình`), so the word is
    /// checked again on the text itself, which is NFC.
    /// </summary>
    private static bool IsProvinceWord(string text, int index) =>
        char.ToLowerInvariant(text[index]) != 't' || (index + 1 < text.Length && char.ToLowerInvariant(text[index + 1]) == 'ỉ');

    [GeneratedRegex("""
        (?<![\d/.,])(?<n>\d{1,2})\s+
        (?<w>
            (?<pair>tinh\s*(?:,|/|va|-|–)?\s*thanh(?:\s+pho)? | tinh,?\s+tp)     # 43 tỉnh, thành phố; 19 tỉnh, thành
          | tinh | dia\ phuong                                                  # alone: only in a sentence about attending
        )\b
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ProvinceCount();

    [GeneratedRegex("""
        \b(?:tham\ du | tham\ gia | dai\ bieu | den\ tu | dai\ dien | hoc\ vien | can\ bo | cua)\b
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Attendance();

    /// <summary>The 2025 merger: `63 tỉnh, thành phố còn 34`.</summary>
    [GeneratedRegex("""
        \b(?:sap\ nhap | sap\ xep | hop\ nhat | con\ lai | giam\ tu | sau\ khi\ nhap)\b
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Merger();
}
