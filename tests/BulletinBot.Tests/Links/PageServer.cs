using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BulletinBot.Tests.Links;

/// <summary>
/// A web site on 127.0.0.1 in the test process: the saved-style pages of Links/Pages and the misbehaving answers a link
/// can meet (slow, looping, not a page, missing); huge bodies come from <see cref="HugeBodyServer"/>.
/// </summary>
public sealed class PageServer : IAsyncDisposable
{
    private static readonly string PagesFolder = Path.Combine(AppContext.BaseDirectory, "Links", "Pages");

    private readonly WebApplication app;
    private readonly ConcurrentQueue<string> requests = new();
    private readonly ConcurrentQueue<(string Path, string? UserAgent, string? AcceptLanguage)> headers = new();

    private PageServer(WebApplication app)
    {
        this.app = app;
        app.Run(HandleAsync);
    }

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public int Port => BaseUrl.Port;

    /// <summary>Every path and query asked for, in order.</summary>
    public IReadOnlyList<string> Requests => [.. requests];

    public IReadOnlyList<(string Path, string? UserAgent, string? AcceptLanguage)> RequestHeaders => [.. headers];

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    public static async Task<PageServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0);
        });

        var server = new PageServer(builder.Build());
        await server.app.StartAsync();
        var addresses = server.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        server.BaseUrl = new Uri(addresses.Addresses.Single());
        return server;
    }

    public static byte[] PageBytes(string name) => File.ReadAllBytes(Path.Combine(PagesFolder, name));

    public static IEnumerable<string> PageNames() =>
        Directory.EnumerateFiles(PagesFolder, "*.html").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        requests.Enqueue(path + request.QueryString);
        headers.Enqueue((path, request.Headers.UserAgent.ToString(), request.Headers.AcceptLanguage.ToString()));
        var response = context.Response;
        var aborted = context.RequestAborted;
        switch (path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            case ["pages", var name] when File.Exists(Path.Combine(PagesFolder, name)):
                // ?type= serves the page under another Content-Type header, e.g. a wrong or missing charset.
                response.ContentType = request.Query["type"] is { Count: > 0 } type ? type.ToString() : ContentTypeOf(name);
                await response.Body.WriteAsync(PageBytes(name), aborted);
                break;
            case ["slow"]:
                await Task.Delay(Timeout.Infinite, aborted);
                break;
            case ["trickle"]:
                response.ContentType = "text/html; charset=utf-8";
                await response.StartAsync(aborted);
                while (!aborted.IsCancellationRequested)
                {
                    await response.Body.WriteAsync("<p>Đang tải…</p>"u8.ToArray(), aborted);
                    await response.Body.FlushAsync(aborted);
                    await Task.Delay(200, aborted);
                }

                break;
            case ["loop"]:
                response.Redirect("/loop");
                break;
            case ["hops", var left] when int.Parse(left, System.Globalization.CultureInfo.InvariantCulture) is var n:
                response.Redirect(n > 1 ? $"/hops/{n - 1}" : "/pages/cong-thong-tin-so.html");
                break;
            case ["redirect"]:
                // Connection: close makes the next hop open a new connection, so the guard runs again.
                response.Headers.Connection = "close";
                response.Redirect(request.Query["to"].ToString());
                break;
            case ["report.pdf"]:
                response.ContentType = "application/pdf";
                await response.Body.WriteAsync("%PDF-1.7\n% Báo cáo tổng kết hội nghị\n"u8.ToArray(), aborted);
                break;
            case ["deep"]:
                // Twenty thousand nested elements: the HTML parser would take a minute over it.
                response.ContentType = "text/html; charset=utf-8";
                await response.WriteAsync("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<p>Hội nghị.</p></body></html>", aborted);
                break;
            case ["blank"]:
                response.ContentType = "text/html; charset=utf-8";
                await response.WriteAsync("<html><body><nav><a href=\"/\">Trang chủ</a> <a href=\"/tin\">Tin tức</a></nav></body></html>", aborted);
                break;
            case ["error"]:
                response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                break;
            default:
                response.StatusCode = StatusCodes.Status404NotFound;
                response.ContentType = "text/html; charset=utf-8";
                await response.WriteAsync("<html><body><h1>Không tìm thấy trang</h1></body></html>", aborted);
                break;
        }
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".txt" => "text/plain; charset=utf-8",
        _ when name.Contains("1258", StringComparison.Ordinal) => "text/html",
        _ => "text/html; charset=utf-8",
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
