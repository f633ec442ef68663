using BulletinBot.Links;

namespace BulletinBot.Tests.Links;

public sealed class ArticlePageTests
{
    private static readonly TimeZoneInfo Vietnam = new BotOptions().Zone();
    private static readonly Uri Url = new("https://tin.example.vn/a.html");

    [Fact]
    public void The_extractor_gets_the_title_before_the_text_and_the_publication_day_in_the_office_time()
    {
        var page = new ArticlePage(Url, null, "Hội nghị tập huấn", DateTimeOffset.Parse("2025-03-20T18:30:00Z", System.Globalization.CultureInfo.InvariantCulture), "Sáng nay, hội nghị khai mạc.");

        Assert.Equal("Hội nghị tập huấn\nSáng nay, hội nghị khai mạc.", page.TitleAndText);
        Assert.Equal(new DateOnly(2025, 3, 21), page.PublishedDay(Vietnam));
    }

    [Fact]
    public void Without_title_or_time_the_text_goes_alone()
    {
        var page = new ArticlePage(Url, null, null, null, "Ngày 12/6, hội nghị khai mạc.");

        Assert.Equal("Ngày 12/6, hội nghị khai mạc.", page.TitleAndText);
        Assert.Null(page.PublishedDay(Vietnam));
    }

    [Fact]
    public void The_source_is_the_canonical_link_when_the_page_names_one()
    {
        var canonical = new Uri("https://tin.example.vn/su-kien/a.html");

        Assert.Equal(canonical, new ArticlePage(Url, canonical, null, null, "").Source);
        Assert.Equal(Url, new ArticlePage(Url, null, null, null, "").Source);
    }
}
