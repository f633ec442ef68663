using BulletinBot.Chat;

namespace BulletinBot.Tests.Chat;

public sealed class HtmlTests
{
    [Theory]
    [InlineData("Kiên Giang", "Kiên Giang")]
    [InlineData("<b>Hội nghị</b>", "&lt;b&gt;Hội nghị&lt;/b&gt;")]
    [InlineData("A & B \"C\" 'D'", "A &amp; B &quot;C&quot; 'D'")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Escape_leaves_vietnamese_letters_and_escapes_markup(string? text, string expected)
    {
        Assert.Equal(expected, Html.Escape(text).Value);
    }

    [Fact]
    public void Interpolated_holes_are_escaped_and_literals_kept()
    {
        var title = "<script>alert(1)</script> & co";
        var count = 1200;

        var html = Html.Format($"<b>Sự kiện</b>: {title} ({count})");

        Assert.Equal("<b>Sự kiện</b>: &lt;script&gt;alert(1)&lt;/script&gt; &amp; co (1200)", html.Value);
    }

    [Fact]
    public void Html_placed_in_a_hole_is_not_escaped_twice()
    {
        var bold = Html.Bold("Đà Nẵng & Huế");

        var html = Html.Format($"Nơi: {bold}");

        Assert.Equal("Nơi: <b>Đà Nẵng &amp; Huế</b>", html.Value);
    }
}
