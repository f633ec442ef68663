using System.Text;
using BulletinBot.Links;

namespace BulletinBot.Tests.Links;

public sealed class PageCharsetTests
{
    private const string Sentence = "Hội nghị tập huấn nghiệp vụ tại Việt Nam";

    [Theory]
    [InlineData("utf-8", null, null, "utf-8")]                        // valid UTF-8 wins whatever is declared
    [InlineData("windows-1258", "windows-1258", null, "windows-1258")]
    [InlineData("windows-1258", null, "windows-1258", "windows-1258")]
    [InlineData("windows-1258", "utf-8", "windows-1258", "windows-1258")]  // a wrong UTF-8 header
    [InlineData("windows-1258", "iso-8859-1", "windows-1258", "windows-1258")] // a server's Western default
    [InlineData("windows-1258", "\"windows-1258\"", null, "windows-1258")]  // a quoted charset
    [InlineData("windows-1258", "x-no-such-charset", null, "windows-1258")] // unknown: the Vietnamese default
    [InlineData("windows-1258", null, null, "windows-1258")]
    [InlineData("windows-1252", "windows-1252", null, "windows-1252")]
    public void The_charset_comes_from_the_bytes_the_header_or_the_page(string writtenIn, string? header, string? meta, string expected)
    {
        var body = Page(writtenIn, meta);

        Assert.Equal(expected, PageCharset.Choose(body, header).WebName);
    }

    [Fact]
    public void Windows_1258_text_reads_back_as_the_same_letters()
    {
        var text = PageCharset.Decode(Page("windows-1258", "windows-1258"), null);

        Assert.Contains(Sentence, text.Normalize(NormalizationForm.FormC), StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_outranks_every_declaration()
    {
        var body = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<p>" + Sentence + "</p>")).ToArray();

        Assert.Equal("<p>" + Sentence + "</p>", PageCharset.Decode(body, "windows-1258"));
    }

    /// <summary>A page in <paramref name="encoding"/>, declaring <paramref name="meta"/> in its head when given.</summary>
    private static byte[] Page(string encoding, string? meta)
    {
        var head = meta is null ? "<head>" : $"<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={meta}\">";
        var words = encoding == "windows-1252" ? "Déjà vu à Nice" : Sentence;
        var html = $"<html>{head}<title>Tin</title></head><body><p>{words}</p></body></html>";
        return encoding switch
        {
            "windows-1258" => Windows1258(html),
            "windows-1252" => CodePagesEncodingProvider.Instance.GetEncoding(1252)?.GetBytes(html) ?? [],
            _ => Encoding.UTF8.GetBytes(html),
        };
    }

    /// <summary>As legacy Vietnamese pages were written: the letter with its vowel mark, then the tone as a combining mark.</summary>
    private static byte[] Windows1258(string text)
    {
        char[] tones = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
        var written = new StringBuilder();
        foreach (var letter in text)
        {
            var parts = letter.ToString().Normalize(NormalizationForm.FormD);
            written.Append(string.Concat(parts.Where(c => !tones.Contains(c))).Normalize(NormalizationForm.FormC));
            written.Append(string.Concat(parts.Where(tones.Contains)));
        }

        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            ?? throw new InvalidOperationException("no windows-1258");
        return encoding.GetBytes(written.ToString());
    }
}
