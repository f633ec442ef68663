using System.Collections.Frozen;

namespace BulletinBot.Articles.Text;

/// <summary>Splits a paragraph at sentence ends, but not after `TP.`, `PGS.`, `TS.` and similar abbreviations.</summary>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "TP", "Tp", "tp", "PGS", "GS", "TS", "ThS", "Ths", "NCS", "BS", "KS", "CN", "TSKH", "NGND", "NGƯT", "Q", "P", "TT",
        "St", "Mr", "Mrs", "Dr", "ĐH", "Th.S", "PGS.TS", "GS.TS", "TX", "Tx", "H", "X",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static IEnumerable<string> Split(string paragraph)
    {
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraph.Length && paragraph[end] is '.' or '"' or '”' or '’' or ')' or '…')
            {
                end++;
            }

            if (end >= paragraph.Length || paragraph[end] != ' ')
            {
                continue;
            }

            var next = end;
            while (next < paragraph.Length && paragraph[next] == ' ')
            {
                next++;
            }

            if (next >= paragraph.Length || !StartsSentence(paragraph[next]) || (c == '.' && IsAbbreviation(paragraph, i)))
            {
                continue;
            }

            yield return paragraph[start..end].Trim();
            start = next;
            i = next - 1;
        }

        if (start < paragraph.Length && paragraph[start..].Trim() is { Length: > 0 } rest)
        {
            yield return rest;
        }
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '“' or '"' or '(' or '[';

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        return word.Length > 0 && (Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])));
    }
}
