using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using BulletinBot.Links;

namespace BulletinBot.Tests.Links;

/// <summary>The limits of reading a link, against misbehaving pages served on 127.0.0.1 (the operator's policy reaches loopback).</summary>
public sealed class PageFetcherTests
{
    private static readonly LinkPolicy Quick = LinkPolicy.Operator with { Timeout = TimeSpan.FromSeconds(1) };

    [Theory]
    [InlineData("/slow")]
    [InlineData("/trickle")]
    public async Task A_page_that_does_not_arrive_in_time_is_given_up(string path)
    {
        await using var server = await PageServer.StartAsync();
        await using var host = PageReaderHost.Create();
        var clock = Stopwatch.StartNew();

        var result = await host.Reader.ReadAsync(server.Url(path), Quick, default);

        Assert.Equal(LinkFailure.TimedOut, result.Failure);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_mistaken_for_a_timeout()
    {
        await using var server = await PageServer.StartAsync();
        await using var host = PageReaderHost.Create();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Reader.ReadAsync(server.Url("/slow"), LinkPolicy.Operator, cancel.Token));
    }

    [Fact]
    public async Task A_50_MB_body_is_refused_at_3_MB_without_being_read_whole()
    {
        await using var server = new HugeBodyServer(declareLength: false);
        await using var host = PageReaderHost.Create();

        var result = await host.Reader.ReadAsync(server.Url, LinkPolicy.Operator, default);
        await server.Finished.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(LinkFailure.TooLarge, result.Failure);
        Assert.False(server.SentWholeBody);
        // 3 MB read, plus what the two sockets' buffers took in before the reader hung up.
        Assert.InRange(server.BytesSent, LinkPolicy.DefaultMaxBytes, HugeBodyServer.BodyBytes / 2);
    }

    [Fact]
    public async Task A_body_declared_larger_than_3_MB_is_refused_before_it_is_read()
    {
        await using var server = new HugeBodyServer(declareLength: true);
        await using var host = PageReaderHost.Create();

        var result = await host.Reader.ReadAsync(server.Url, LinkPolicy.Operator, default);
        await server.Finished.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(LinkFailure.TooLarge, result.Failure);
        Assert.False(server.SentWholeBody);
        Assert.InRange(server.BytesSent, 0, HugeBodyServer.BodyBytes / 2);
    }

    [Fact]
    public async Task A_redirect_loop_is_given_up_after_five_redirects()
    {
        await using var server = await PageServer.StartAsync();
        await using var host = PageReaderHost.Create();

        var result = await host.Reader.ReadAsync(server.Url("/loop"), LinkPolicy.Operator, default);

        Assert.Equal(LinkFailure.TooManyRedirects, result.Failure);
        Assert.Equal(1 + LinkPolicy.DefaultMaxRedirects, server.Requests.Count);
    }

    [Theory]
    [InlineData(5, null)]
    [InlineData(6, LinkFailure.TooManyRedirects)]
    public async Task Five_redirects_are_followed_and_a_sixth_is_not(int hops, LinkFailure? expected)
    {
        await using var server = await PageServer.StartAsync();
        await using var host = PageReaderHost.Create();

        var result = await host.Reader.ReadAsync(server.Url($"/hops/{hops}"), LinkPolicy.Operator, default);

        Assert.Equal(expected, result.Failure);
        if (result.Page is { } page)
        {
            Assert.Equal(server.Url("/pages/cong-thong-tin-so.html"), page.Url);
        }
    }

    [Theory]
    [InlineData("/report.pdf", LinkFailure.NotAPage, null)]
    [InlineData("/missing.html", LinkFailure.NotFound, 404)]
    [InlineData("/error", LinkFailure.HttpError, 503)]
    [InlineData("/blank", LinkFailure.Unreadable, null)]
    [InlineData("/deep", LinkFailure.Unreadable, null)]
    public async Task A_link_that_gives_no_article_says_why(string path, LinkFailure expected, int? status)
    {
        await using var server = await PageServer.StartAsync();
        await using var host = PageReaderHost.Create();

        var result = await host.Reader.ReadAsync(server.Url(path), LinkPolicy.Operator, default);

        Assert.Null(result.Page);
        Assert.Equal(expected, result.Failure);
        Assert.Equal(status, result.StatusCode);
    }

    [Fact]
    public async Task A_port_nobody_listens_on_is_unreachable()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var host = PageReaderHost.Create();

        var result = await host.Reader.ReadAsync(new Uri($"http://127.0.0.1:{port}/tin.html"), LinkPolicy.Operator, default);

        Assert.Equal(LinkFailure.Unreachable, result.Failure);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/tin.html")]
    [InlineData("file:///etc/passwd")]
    [InlineData("mailto:toasoan@example.vn")]
    public async Task Only_http_and_https_links_are_read(string link)
    {
        await using var host = PageReaderHost.Create();

        var result = await host.Reader.ReadAsync(new Uri(link), LinkPolicy.Operator, default);

        Assert.Equal(LinkFailure.InvalidLink, result.Failure);
    }

    [Fact]
    public async Task A_redirect_to_a_file_link_is_not_followed()
    {
        await using var server = await PageServer.StartAsync();
        await using var host = PageReaderHost.Create();

        var result = await host.Reader.ReadAsync(server.Url("/redirect?to=file:///etc/passwd"), LinkPolicy.Operator, default);

        Assert.Equal(LinkFailure.InvalidLink, result.Failure);
    }

    [Fact]
    public async Task The_page_alone_is_asked_for_in_Vietnamese_by_a_browser_like_client()
    {
        await using var server = await PageServer.StartAsync();
        await using var host = PageReaderHost.Create();

        // The page links a stylesheet, scripts and an image on the same server: none of them is fetched.
        await host.Reader.ReadAsync(server.Url("/pages/cong-thong-tin-so.html"), LinkPolicy.Operator, default);

        var (path, userAgent, language) = Assert.Single(server.RequestHeaders);
        Assert.Equal("/pages/cong-thong-tin-so.html", path);
        Assert.StartsWith("Mozilla/5.0", userAgent, StringComparison.Ordinal);
        Assert.Equal("vi", language);
    }

    [Theory]
    [InlineData("text/html; charset=windows-1258")]   // declared in the header
    [InlineData("text/html")]                         // declared only in the page's meta
    [InlineData("text/html; charset=utf-8")]          // a wrong header: the bytes are not UTF-8
    [InlineData("text/html; charset=iso-8859-1")]     // a server's Western default: the page's meta wins
    public async Task A_windows_1258_page_is_read_right_whatever_the_header_says(string contentType)
    {
        await using var server = await PageServer.StartAsync();
        await using var host = PageReaderHost.Create();

        var result = await host.Reader.ReadAsync(server.Url($"/pages/tap-chi-1258.html?type={Uri.EscapeDataString(contentType)}"), LinkPolicy.Operator, default);

        var page = Assert.IsType<ArticlePage>(result.Page);
        Assert.Equal("Tập huấn nghiệp vụ bảo tàng khu vực phía Bắc năm 2024", page.Title);
        Assert.Contains("Bà Nghiêm Thị Thu Hường, Phó Cục trưởng Cục Di sản văn hóa", page.Text, StringComparison.Ordinal);
        Assert.True(page.Text.IsNormalized(NormalizationForm.FormC));
    }
}
