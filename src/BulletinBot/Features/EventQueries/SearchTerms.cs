using System.Globalization;
using System.Text;
using BulletinBot.Articles.Text;

namespace BulletinBot.Features.EventQueries;

/// <summary>
/// What someone typed after /search, as the words the index holds: NFC, lower case, without tone marks, đ as d.
/// Everything that is not a letter or a digit only separates words, so quotes, stars, brackets, dashes and colons
/// never reach FTS5 as syntax; each word goes to it as a quoted string, so NEAR, OR, AND and NOT are words too.
/// </summary>
/// <param name="Text">What was typed, on one line: shown back in the results, and kept for their pages.</param>
public sealed record SearchTerms(string Text, IReadOnlyList<string> Words)
{
    public const int MaxLength = 100;
    public const int MaxWords = 8;

    /// <summary>
    /// Every word must match; the last one may be the start of a longer word, as someone still typing it means.
    /// A single letter is not made a prefix: it would match nearly everything.
    /// </summary>
    public string MatchQuery => string.Join(' ', Words.Select((w, i) =>
        "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (i == Words.Count - 1 && IsPrefix(w) ? "*" : "")));

    /// <summary>Whether a word of some text (already folded) matches: any word exactly, or the start of the last one.</summary>
    public bool Matches(string foldedWord)
    {
        for (var i = 0; i < Words.Count; i++)
        {
            var word = Words[i];
            if (foldedWord == word || (i == Words.Count - 1 && IsPrefix(word) && foldedWord.StartsWith(word, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    public static SearchTerms? Read(string input, out SearchProblem problem)
    {
        var text = string.Join(' ', input.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length == 0)
        {
            problem = SearchProblem.Empty;
            return null;
        }

        if (text.Length > MaxLength)
        {
            problem = SearchProblem.TooLong;
            return null;
        }

        var words = WordsOf(text);
        problem = words.Count switch
        {
            0 => SearchProblem.NoWords,
            > MaxWords => SearchProblem.TooLong,
            _ => SearchProblem.None,
        };
        return problem == SearchProblem.None ? new SearchTerms(text, words) : null;
    }

    /// <summary>Runs of letters and digits, folded; tone marks left loose by unusual input are dropped, never split a word.</summary>
    public static IReadOnlyList<string> WordsOf(string text)
    {
        var folded = Fold(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>One letter for one letter, so a position in the folded text is the same position in the original.</summary>
    public static string Fold(string text) => VietnameseText.Fold(text.Normalize(NormalizationForm.FormC));

    private static bool IsPrefix(string word) => word.Length >= 2;
}
