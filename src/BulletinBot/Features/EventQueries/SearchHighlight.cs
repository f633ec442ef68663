using System.Globalization;
using System.Text;
using BulletinBot.Chat;

namespace BulletinBot.Features.EventQueries;

/// <summary>
/// Shows why an event matched: the searched words in bold, in the text as written (with its tone marks), and the rest
/// escaped. Words are compared folded, exactly as the index compared them.
/// </summary>
public static class SearchHighlight
{
    /// <summary>The whole of <paramref name="text"/>, matched words in bold.</summary>
    public static Html Mark(string text, SearchTerms terms)
    {
        var normalized = text.Normalize(NormalizationForm.FormC);
        return Mark(normalized, SearchTerms.Fold(normalized), 0, normalized.Length, terms);
    }

    /// <summary>
    /// About <paramref name="width"/> letters of <paramref name="text"/> around its first matched word, cut at words,
    /// with … where it was cut; null when no word of it matches.
    /// </summary>
    public static Html? Snippet(string text, SearchTerms terms, int width = 140)
    {
        var normalized = text.Normalize(NormalizationForm.FormC);
        var folded = SearchTerms.Fold(normalized);
        if (FirstMatch(normalized, folded, terms) is not { } first)
        {
            return null;
        }

        var start = first < width / 3 ? 0 : WordStartBetween(normalized, first - width / 3, first);
        var end = start + width >= normalized.Length ? normalized.Length : WordEndBefore(normalized, start + width, first);
        var marked = Mark(normalized, folded, start, end, terms);
        return Html.Trusted((start > 0 ? "…" : "") + marked.Value + (end < normalized.Length ? "…" : ""));
    }

    private static Html Mark(string text, string folded, int start, int end, SearchTerms terms)
    {
        var html = new StringBuilder(end - start + 16);
        var plainFrom = start;
        foreach (var (wordStart, wordEnd) in Words(text, start, end))
        {
            if (terms.Matches(Bare(folded, wordStart, wordEnd)))
            {
                html.Append(Html.EscapeText(text[plainFrom..wordStart]))
                    .Append("<b>").Append(Html.EscapeText(text[wordStart..wordEnd])).Append("</b>");
                plainFrom = wordEnd;
            }
        }

        html.Append(Html.EscapeText(text[plainFrom..end]));
        return Html.Trusted(html.ToString());
    }

    private static int? FirstMatch(string text, string folded, SearchTerms terms)
    {
        foreach (var (wordStart, wordEnd) in Words(text, 0, text.Length))
        {
            if (terms.Matches(Bare(folded, wordStart, wordEnd)))
            {
                return wordStart;
            }
        }

        return null;
    }

    private static IEnumerable<(int Start, int End)> Words(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            while (i < end && !IsWordChar(text[i]))
            {
                i++;
            }

            var wordStart = i;
            while (i < end && IsWordChar(text[i]))
            {
                i++;
            }

            if (i > wordStart)
            {
                yield return (wordStart, i);
            }
        }
    }

    // The folded word without any loose combining mark, as SearchTerms reads what people type.
    private static string Bare(string folded, int start, int end)
    {
        var word = folded[start..end];
        return word.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            ? string.Concat(word.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
            : word;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static int WordStartBetween(string text, int at, int firstMatch)
    {
        var space = text.IndexOf(' ', at, firstMatch - at);
        return space < 0 ? at : space + 1;
    }

    // Never before the end of the matched word itself, so the snippet always shows it.
    private static int WordEndBefore(string text, int at, int firstMatch)
    {
        var space = text.LastIndexOf(' ', Math.Min(at, text.Length - 1));
        var matchEnd = firstMatch;
        while (matchEnd < text.Length && IsWordChar(text[matchEnd]))
        {
            matchEnd++;
        }

        return space > matchEnd ? space : Math.Max(matchEnd, Math.Min(at, text.Length));
    }
}
