using BulletinBot.Links;

namespace BulletinBot.Tests.Links;

public sealed class PageNestingTests
{
    [Fact]
    public void The_saved_pages_are_nowhere_near_the_limit()
    {
        foreach (var name in PageServer.PageNames())
        {
            Assert.False(PageNesting.IsTooDeep(System.Text.Encoding.Latin1.GetString(PageServer.PageBytes(name))), name);
        }
    }

    [Theory]
    [InlineData("<div>", 1001, "", true)]
    [InlineData("<div>", 990, "", false)]
    [InlineData("<div></div>", 5000, "", false)]          // siblings, not nesting
    [InlineData("<p>", 5000, "", false)]                  // closed by the parser itself
    [InlineData("<li>x</li>", 5000, "", false)]
    [InlineData("<path d='M0 0'/>", 5000, "<svg>", false)] // self-closing inside an SVG
    [InlineData("<br><img src=a.jpg>", 5000, "", false)]
    [InlineData("<!-- <div> -->", 5000, "", false)]
    [InlineData("<script>var s = '<div><div>';</script>", 2000, "", false)]
    [InlineData("<span><b>", 501, "<div>", true)]
    public void Pages_that_nest_deeper_than_a_thousand_elements_are_refused(string repeated, int times, string prefix, bool tooDeep)
    {
        var html = "<html><body>" + prefix + string.Concat(Enumerable.Repeat(repeated, times)) + "</body></html>";

        Assert.Equal(tooDeep, PageNesting.IsTooDeep(html));
    }
}
