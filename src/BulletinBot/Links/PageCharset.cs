using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace BulletinBot.Links;

/// <summary>Finds the character set a page was written in and decodes it.</summary>
/// <remarks>
/// In order: a byte order mark; UTF-8 when the bytes are valid UTF-8 (other encodings of Vietnamese text almost never
/// are, so a wrong `charset=utf-8` header is caught); the header's charset; the page's own `meta` charset; windows-1258,
/// the legacy Vietnamese code page. A header naming a Western default (ISO-8859-1, windows-1252, ASCII) yields to the
/// page's `meta`: servers send it when nobody configured them, and it cannot hold Vietnamese letters.
/// </remarks>
internal static partial class PageCharset
{
    private const int MetaScanLength = 4096;

    private static readonly string[] WesternDefaults = ["iso-8859-1", "latin1", "windows-1252", "us-ascii", "ascii"];

    public static string Decode(ReadOnlySpan<byte> body, string? headerCharset)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(body[3..]);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(body[2..]);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(body[2..]);
        }

        return Choose(body, headerCharset).GetString(body);
    }

    public static Encoding Choose(ReadOnlySpan<byte> body, string? headerCharset)
    {
        if (Utf8.IsValid(body))
        {
            return Encoding.UTF8;
        }

        var header = Find(headerCharset);
        var meta = Find(MetaCharset(body));
        return (header, meta) switch
        {
            ({ } h, { } m) when IsWesternDefault(h) => m,
            ({ } h, _) when h.CodePage != Encoding.UTF8.CodePage => h,
            (_, { } m) when m.CodePage != Encoding.UTF8.CodePage => m,
            _ => Find("windows-1258") ?? Encoding.Latin1,
        };
    }

    /// <summary>`meta charset="…"` or `meta http-equiv="Content-Type" content="…; charset=…"` near the top of the page.</summary>
    private static string? MetaCharset(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, MetaScanLength)]);
        return MetaCharsetPattern().Match(head) is { Success: true } m ? m.Groups["name"].Value : null;
    }

    private static Encoding? Find(string? name)
    {
        var label = name?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(label))
        {
            return null;
        }

        // The code pages come from their provider directly, so decoding never depends on who registered it first.
        if (CodePagesEncodingProvider.Instance.GetEncoding(label) is { } codePage)
        {
            return codePage;
        }

        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsWesternDefault(Encoding encoding) =>
        WesternDefaults.Any(name => Find(name) is { } western && western.CodePage == encoding.CodePage);

    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?(?<name>[A-Za-z0-9_.:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetPattern();
}
