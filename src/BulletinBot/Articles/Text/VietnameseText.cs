using System.Globalization;
using System.Text;

namespace BulletinBot.Articles.Text;

/// <summary>Normalisation and folding of Vietnamese text.</summary>
internal static class VietnameseText
{
    // Built once, never written again: a string is immutable, so this is a lookup table, not state.
    private static readonly string FoldTable = BuildFoldTable();

    // The combining tone mark each precomposed letter carries (huyền, sắc, ngã, hỏi, nặng), or `\0`.
    private static readonly string ToneTable = BuildToneTable();

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

    /// <summary>
    /// Whether a phrase as written carries the same tone mark on every syllable as a name (`Phù Yên` is not `Phú Yên`,
    /// `làm đòng` is not `Lâm Đồng`); where the mark sits (`Hòa`, `Hoà`) does not matter, and a phrase or name written
    /// with no marks at all matches any.
    /// </summary>
    public static bool SameTones(ReadOnlySpan<char> written, ReadOnlySpan<char> name)
    {
        var writtenHasTones = false;
        var nameHasTones = false;
        var (w, n) = (0, 0);
        var same = true;
        while (true)
        {
            var writtenTone = NextSyllableTone(written, ref w, out var writtenEnded);
            var nameTone = NextSyllableTone(name, ref n, out var nameEnded);
            if (writtenEnded || nameEnded)
            {
                same &= writtenEnded == nameEnded;
                break;
            }

            writtenHasTones |= writtenTone != '\0';
            nameHasTones |= nameTone != '\0';
            same &= writtenTone == nameTone;
        }

        return same || !writtenHasTones || !nameHasTones;
    }

    /// <summary>The tone mark of the syllable from <paramref name="at"/> (a combining mark, or `\0`), moving past it.</summary>
    private static char NextSyllableTone(ReadOnlySpan<char> phrase, ref int at, out bool ended)
    {
        while (at < phrase.Length && phrase[at] is ' ' or '-' or '–')
        {
            at++;
        }

        ended = at >= phrase.Length;
        var tone = '\0';
        for (; at < phrase.Length && phrase[at] is not (' ' or '-' or '–'); at++)
        {
            if (phrase[at] < ToneTable.Length && ToneTable[phrase[at]] != '\0')
            {
                tone = ToneTable[phrase[at]];
            }
        }

        return tone;
    }

    public static bool IsUpperInitial(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>Upper-cases the first letter; Vietnamese list items are often written mid-sentence in lower case.</summary>
    public static string CapitalizeFirst(string text) =>
        text.Length == 0 || !char.IsLower(text[0])
            ? text
            : string.Concat(char.ToUpper(text[0], CultureInfo.InvariantCulture).ToString(), text.AsSpan(1));

    private static string BuildToneTable()
    {
        var table = new char[0x2000];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = ((char)i).ToString().Normalize(NormalizationForm.FormD)
                .FirstOrDefault(c => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323');
        }

        return new string(table);
    }

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
