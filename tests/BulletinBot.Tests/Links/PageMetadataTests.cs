using AngleSharp.Html.Parser;
using BulletinBot.Links;

namespace BulletinBot.Tests.Links;

public sealed class PageMetadataTests
{
    private static readonly Uri PageUrl = new("https://tin.example.vn/su-kien/hoi-nghi-123.html");
    private static readonly TimeZoneInfo Vietnam = new BotOptions().Zone();

    [Theory]
    [InlineData("""<meta property="article:published_time" content="2025-06-12T08:30:00+07:00">""", "2025-06-12T08:30:00+07:00")]
    [InlineData("""<meta property="article:published_time" content="2025-06-12T01:30:00Z">""", "2025-06-12T01:30:00+00:00")]
    [InlineData("""<meta property="article:published_time" content="2025-06-12T22:15:00">""", "2025-06-12T22:15:00+07:00")] // no offset: the office's time
    [InlineData("""<meta itemprop="datePublished" content="2025-06-12">""", "2025-06-12T00:00:00+07:00")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-06-12T08:30:00+07:00"}</script>""", "2025-06-12T08:30:00+07:00")]
    [InlineData("""<script type="application/ld+json">[{"@type":"WebPage"},{"@graph":[{"@type":"NewsArticle","datePublished":"2025-06-12T08:30:00+07:00"}]}]</script>""", "2025-06-12T08:30:00+07:00")]
    [InlineData("""<script type="application/ld+json">{ "datePublished": "2025-06-12T08:30 </script><time datetime="2025-06-13T10:00:00+07:00">13/6</time>""", "2025-06-13T10:00:00+07:00")] // broken JSON-LD
    [InlineData("""<div class="today">Thứ Năm, 19/06/2025</div><h1>Tin</h1><span class="post-date">Thứ Hai, 16/06/2025 - 15:20</span>""", "2025-06-16T15:20:00+07:00")]
    [InlineData("""<h1>Tin</h1><div class="ngay-dang">Cập nhật: 10:15 | 21/06/2023</div>""", "2023-06-21T10:15:00+07:00")]
    [InlineData("""<h1>Tin</h1><p class="byline">Bài, ảnh: <b>Vàng Thị Dợ</b> &middot; <time>16/08/2024 | 09:20</time></p>""", "2024-08-16T09:20:00+07:00")]
    [InlineData("""<h1>Tin</h1><p class="article-byline">Minh Anh - 16/08/2024 09:20</p>""", "2024-08-16T09:20:00+07:00")]
    [InlineData("""<h1>Tin</h1><span class="post-time">16-08-2024 09:20</span>""", "2024-08-16T09:20:00+07:00")]
    [InlineData("""<h1>Tin</h1><span class="post-time">Cập nhật 16.08.2024 lúc 9h20</span>""", "2024-08-16T09:20:00+07:00")]
    [InlineData("""<meta name="pubdate" content="2024-08-16T09:20:00+07:00"><h1>Tin</h1>""", "2024-08-16T09:20:00+07:00")]
    [InlineData("""<h1>Tin</h1><span itemprop="datePublished" content="2024-08-16T09:20:00+07:00">16/8</span>""", "2024-08-16T09:20:00+07:00")]
    [InlineData("""<title>Tọa đàm phụ nữ khởi nghiệp | Hội LHPN</title><div class="date">19/10/2025</div><h2 class="news-title">Tọa đàm phụ nữ khởi nghiệp</h2><div class="news-date">Ngày đăng: 15/10/2025 | Lượt xem: 331</div>""", "2025-10-15T00:00:00+07:00")] // no h1: the heading that repeats the title
    [InlineData("""<span class="date">12/06/2025</span><h1>Tin</h1>""", null)]                   // before the headline: the site's "today"
    [InlineData("""<h1>Tin</h1><span class="date">31/02/2025 08:00</span>""", null)]           // no such day
    [InlineData("""<meta property="article:published_time" content="hôm qua">""", null)]
    public void The_publication_time_comes_from_metadata_then_json_ld_then_a_stamp_after_the_headline(string html, string? expected)
    {
        var metadata = Read(html);

        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), metadata.Published);
    }

    [Theory]
    [InlineData("""<title>Trang - Báo</title><h1>Tiêu đề h1</h1><meta property="og:title" content="Tiêu đề og">""", "Tiêu đề og")]
    [InlineData("<title>Trang - Báo</title><h1>  Tiêu đề\n        h1 </h1>", "Tiêu đề h1")]
    [InlineData("""<title>Trang - Báo</title><script type="application/ld+json">{"headline":"Tiêu đề JSON-LD"}</script>""", "Tiêu đề JSON-LD")]
    [InlineData("""<title>Trang - Báo</title>""", "Trang - Báo")]
    [InlineData("""<p>Không có tiêu đề</p>""", null)]
    public void The_title_is_og_title_then_the_headline_then_the_page_title(string html, string? expected) =>
        Assert.Equal(expected, Read(html).Title);

    [Theory]
    [InlineData("""<link rel="canonical" href="https://tin.example.vn/a.html"><meta property="og:url" content="https://tin.example.vn/b.html">""", "https://tin.example.vn/a.html")]
    [InlineData("""<link rel="canonical" href="/su-kien/a.html">""", "https://tin.example.vn/su-kien/a.html")]
    [InlineData("""<meta property="og:url" content="https://tin.example.vn/b.html">""", "https://tin.example.vn/b.html")]
    [InlineData("""<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://tin.example.vn/b.html">""", "https://tin.example.vn/b.html")]
    [InlineData("""<p>Không có</p>""", null)]
    public void The_canonical_link_is_link_rel_canonical_then_og_url(string html, string? expected) =>
        Assert.Equal(expected is null ? null : new Uri(expected), Read(html).CanonicalUrl);

    private static PageMetadata Read(string html)
    {
        using var document = new HtmlParser().ParseDocument("<html><head></head><body>" + html + "</body></html>");
        return PageMetadata.Read(document, PageUrl, Vietnam);
    }
}
