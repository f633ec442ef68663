using BulletinBot.Features.EventQueries;

namespace BulletinBot.Tests.Features.EventQueries;

public sealed class SearchHighlightTests
{
    [Theory]
    [InlineData("Hội nghị tại Hà Giang", "ha giang", "Hội nghị tại <b>Hà</b> <b>Giang</b>")]
    [InlineData("Hội nghị tại Hà Giang", "HÀ GIA", "Hội nghị tại <b>Hà</b> <b>Giang</b>")]
    [InlineData("Đào tạo cán bộ Đà Nẵng", "dao tao", "<b>Đào</b> <b>tạo</b> cán bộ Đà Nẵng")]
    [InlineData("Hà Nội & <b>Hà Giang</b>", "ha", "<b>Hà</b> Nội &amp; &lt;b&gt;<b>Hà</b> Giang&lt;/b&gt;")]
    [InlineData("Hai hội nghị", "ha", "<b>Hai</b> hội nghị")]
    [InlineData("Hai hội nghị", "ha giang", "Hai hội nghị")]
    public void Matched_words_are_bold_as_written_and_everything_else_is_escaped(string text, string typed, string html)
    {
        var terms = SearchTerms.Read(typed, out _) ?? throw new InvalidOperationException(typed);

        Assert.Equal(html, SearchHighlight.Mark(text, terms).Value);
    }

    [Fact]
    public void A_snippet_shows_the_words_around_a_match_and_marks_where_it_was_cut()
    {
        var text = string.Join(' ', Enumerable.Repeat("mở đầu", 40)) + " hội nghị về quyền trẻ em ở Lào Cai " + string.Join(' ', Enumerable.Repeat("kết thúc", 40));
        var terms = SearchTerms.Read("lao cai", out _) ?? throw new InvalidOperationException();

        var snippet = SearchHighlight.Snippet(text, terms, width: 80)?.Value ?? "";

        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("<b>Lào</b> <b>Cai</b>", snippet);
        Assert.True(snippet.Length < 120, snippet);
    }

    [Fact]
    public void A_text_without_a_match_has_no_snippet()
    {
        var terms = SearchTerms.Read("ha giang", out _) ?? throw new InvalidOperationException();

        Assert.Null(SearchHighlight.Snippet("Hội nghị ở Lào Cai", terms));
    }
}
