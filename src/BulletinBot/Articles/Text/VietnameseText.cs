using System.Globalization;
using System.Text;

namespace BulletinBot.Articles.Text;

/// <summary>Normalisation and folding of Vietnamese text.</summary>
internal static class VietnameseText
{
    // Built once, never written again: a string is immutable, so this is a lookup table, not state.
    private static readonly string FoldTable = BuildFoldTable();

    /// <summary>NFC, LF line ends, plain spaces; pasted web and Word text arrives in every other shape.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r':
                    break;
                case '\u00A0' or '\u2007' or '\u202F' or '\t':
                    builder.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD':
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Lower case without tone marks and with đ→d, one char for one char, so that an index found in the
    /// folded text is also an index into the original (patterns match either tone placement, `hoà`/`hòa`).
    /// </summary>
    public static string Fold(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = FoldChar(source[i]);
            }
        });

    public static char FoldChar(char c) =>
        c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c + 32 : c)
        : c < FoldTable.Length ? FoldTable[c]
        : char.ToLowerInvariant(c);

    public static bool IsUpperInitial(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>Upper-cases the first letter; Vietnamese list items are often written mid-sentence in lower case.</summary>
    public static string CapitalizeFirst(string text) =>
        text.Length == 0 || !char.IsLower(text[0])
            ? text
            : string.Concat(char.ToUpper(text[0], CultureInfo.InvariantCulture).ToString(), text.AsSpan(1));

    private static string BuildFoldTable()
    {
        // Through General Punctuation (dashes, curly quotes), which news text is full of and which fold to themselves.
        var table = new char[0x2070];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (c is 'đ' or 'Đ' or 'Ð')
            {
                table[i] = 'd';
                continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var baseChar = decomposed.Length > 0 && decomposed[0] < 128 ? decomposed[0] : c;
            table[i] = char.ToLowerInvariant(baseChar);
        }

        return new string(table);
    }
}
