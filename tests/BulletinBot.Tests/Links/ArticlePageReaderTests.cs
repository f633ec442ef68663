using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BulletinBot.Links;

namespace BulletinBot.Tests.Links;

/// <summary>
/// The saved-style pages of Links/Pages, served on 127.0.0.1 and read as a link. Each page marks its own article
/// paragraphs (<c>data-expect="body"</c>) and its chrome (<c>data-expect="noise"</c>: menus, breadcrumbs, related links,
/// side columns, comments, footers), so the measurement of README is these tests.
/// </summary>
public sealed partial class ArticlePageReaderTests
{
    public static TheoryData<string> Pages => [.. PageServer.PageNames()];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_paragraph_of_the_article_is_kept_on_a_line_of_its_own(string name)
    {
        var page = await ReadAsync(name);
        var lines = page.Text.Split('\n').Select(Collapse).ToHashSet(StringComparer.Ordinal);
        var text = Collapse(page.Text);

        foreach (var paragraph in Marked(name, "body"))
        {
            Assert.Contains(paragraph, text, StringComparison.Ordinal);
        }

        // A paragraph broken by <br> spans lines; every other one is a line, list items with their dash.
        Assert.All(
            Marked(name, "body", withoutLineBreaks: true),
            p => Assert.True(lines.Contains(p) || lines.Contains("- " + p), $"not a line of its own: {p}"));
    }

    [Theory]
    [InlineData("bao-dien-tu.html", 0)]
    [InlineData("cong-dich-vu-cong.html", 0)]
    [InlineData("cong-thong-tin-so.html", 0)]
    [InlineData("truong-dai-hoc.html", 0)]
    // A table layout: the side column's plain-text heading and the breadcrumb share the article's table cell.
    [InlineData("tap-chi-1258.html", 2)]
    // The heading of the comment box, whose form Readability removes but whose title it keeps.
    [InlineData("tin-nhanh-rut-gon.html", 1)]
    public async Task Menus_breadcrumbs_related_links_and_footers_stay_out(string name, int tolerated)
    {
        var page = await ReadAsync(name);
        var text = Collapse(page.Text);

        var leaked = NoiseItems(name).Where(item => text.Contains(item, StringComparison.Ordinal)).ToList();

        Assert.True(leaked.Count <= tolerated, "leaked: " + string.Join(" | ", leaked));
        Assert.DoesNotContain("Đọc nhiều", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("function", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cong-thong-tin-so.html", "Tập huấn kỹ năng hòa giải ở cơ sở năm 2025", "2025-06-16T15:20:00+07:00", null)]
    [InlineData("bao-dien-tu.html", "Thư viện miền Trung học cách số hóa tài liệu quý", "2025-03-21T09:45:00+07:00",
        "https://baovanhoaduyenhai.vn/van-hoa/thu-vien-mien-trung-hoc-cach-so-hoa-tai-lieu-quy-a2031.html")]
    [InlineData("cong-dich-vu-cong.html", "Tập huấn công tác thông tin đối ngoại năm 2024", "2024-11-08T14:05:00+07:00",
        "https://songoaivu.quangninh.example.vn/tin-hoat-dong/-/asset_publisher/tap-huan-thong-tin-doi-ngoai-2024")]
    [InlineData("truong-dai-hoc.html", "Bồi dưỡng nghiệp vụ công tác sinh viên cho các trường phía Nam", "2025-09-27T16:10:00+07:00",
        "/tin-tuc/boi-duong-nghiep-vu-cong-tac-sinh-vien/")]
    [InlineData("tap-chi-1258.html", "Tập huấn nghiệp vụ bảo tàng khu vực phía Bắc năm 2024", null, null)]
    [InlineData("tin-nhanh-rut-gon.html", "Nam Trung Bộ chủ động ứng phó bão lũ từ cơ sở", "2025-05-08T07:30:00+07:00",
        "https://tinnhanhmientrung.example.vn/thoi-su/nam-trung-bo-chu-dong-ung-pho-bao-lu-tu-co-so-4870021.html")]
    public async Task The_title_publication_time_and_canonical_link_come_from_the_page(
        string name, string title, string? published, string? canonical)
    {
        await using var server = await PageServer.StartAsync();
        await using var host = PageReaderHost.Create();

        var result = await host.Reader.ReadAsync(server.Url("/pages/" + name), LinkPolicy.Operator, default);

        var page = Assert.IsType<ArticlePage>(result.Page);
        Assert.Equal(title, page.Title);
        Assert.Equal(published is null ? null : DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture), page.Published);
        Assert.Equal(canonical is null ? null : new Uri(server.BaseUrl, canonical), page.CanonicalUrl);
        Assert.Equal(page.CanonicalUrl ?? server.Url("/pages/" + name), page.Source);
    }

    [Fact]
    public async Task The_lead_paragraph_printed_as_a_heading_opens_the_text_and_gives_the_event_its_day()
    {
        var page = await ReadAsync("bao-co-sapo.html");

        Assert.StartsWith("Ngày 8/4, Hội Nông dân tỉnh Quảng Trị tổ chức lớp tập huấn", page.Text, StringComparison.Ordinal);
        Assert.Equal(2, page.Text.Split("Ngày 8/4,").Length); // once, not again below
        var e = new BulletinBot.Articles.ArticleExtractor().Extract(page.Text, DateOnly.FromDateTime(page.Published!.Value.Date));
        Assert.Equal(("2025-04-08", 90), (e.Date, e.Attendees));
    }

    [Fact]
    public async Task A_plain_text_page_is_read_as_written()
    {
        var page = await ReadAsync("thong-bao.txt");

        Assert.StartsWith("THÔNG BÁO\n", page.Text, StringComparison.Ordinal);
        Assert.Contains("Ngày 22/7/2025, Sở Nội vụ tỉnh Lạng Sơn", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Title);
        Assert.Null(page.Published);
    }

    private static async Task<ArticlePage> ReadAsync(string name)
    {
        await using var server = await PageServer.StartAsync();
        await using var host = PageReaderHost.Create();
        var result = await host.Reader.ReadAsync(server.Url("/pages/" + name), LinkPolicy.Operator, default);
        Assert.Null(result.Failure);
        return Assert.IsType<ArticlePage>(result.Page);
    }

    private static string Decoded(string name)
    {
        // The test decodes the fixture on its own, so a decoding mistake of the reader cannot hide in both.
        var bytes = PageServer.PageBytes(name);
        var encoding = name.Contains("1258", StringComparison.Ordinal)
            ? CodePagesEncodingProvider.Instance.GetEncoding(1258) ?? throw new InvalidOperationException("no windows-1258")
            : Encoding.UTF8;
        return encoding.GetString(bytes).Normalize(NormalizationForm.FormC);
    }

    private static List<string> Marked(string name, string expect, bool withoutLineBreaks = false)
    {
        using var document = new HtmlParser().ParseDocument(Decoded(name));
        return [.. document.QuerySelectorAll($"[data-expect='{expect}']")
            .Where(e => !withoutLineBreaks || e.QuerySelector("br") is null)
            .Select(e => Collapse(e.TextContent))];
    }

    /// <summary>Every text of three words or more inside the page's chrome: a menu item, a related headline, a footer line.</summary>
    private static List<string> NoiseItems(string name)
    {
        using var document = new HtmlParser().ParseDocument(Decoded(name));
        return [.. document.QuerySelectorAll("[data-expect='noise']")
            .SelectMany(e => e.Descendants<IText>())
            .Select(t => Collapse(t.Data))
            .Where(t => t.Split(' ').Length >= 3)];
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
