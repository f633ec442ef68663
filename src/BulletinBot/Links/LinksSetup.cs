using System.Net;
using System.Net.Http;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace BulletinBot.Links;

public static class LinksSetup
{
    private const string BrowserUserAgent =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    public static IHostApplicationBuilder AddLinks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LinkOptions>().BindConfiguration(LinkOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddArticlePageReader();
        return builder;
    }

    /// <summary>The reader and its two HTTP clients, without configuration: the `extract` verb uses this alone.</summary>
    public static IServiceCollection AddArticlePageReader(this IServiceCollection services)
    {
        // Legacy Vietnamese pages are windows-1258; .NET knows it only through this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        services.TryAddSingleton<HostResolver>((host, ct) => new ValueTask<IPAddress[]>(Dns.GetHostAddressesAsync(host, ct)));
        services.TryAddSingleton<SocketConnector>(ConnectionGuard.DialAsync);
        services.AddPageClient(PageFetcher.PublicOnlyClient, allowPrivateAddresses: false);
        services.AddPageClient(PageFetcher.AnyAddressClient, allowPrivateAddresses: true);
        services.AddOptions<BotOptions>();
        services.TryAddSingleton<ArticlePageReader>();
        return services;
    }

    private static void AddPageClient(this IServiceCollection services, string name, bool allowPrivateAddresses)
    {
        services.AddHttpClient(name, client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan; // the reader's deadline covers the body too, which HttpClient.Timeout does not
                client.DefaultRequestHeaders.UserAgent.ParseAdd(BrowserUserAgent);
                client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("vi");
                client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1");
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var guard = new ConnectionGuard(
                    sp.GetRequiredService<HostResolver>(), sp.GetRequiredService<SocketConnector>(), allowPrivateAddresses);
                return new SocketsHttpHandler
                {
                    UseProxy = false, // through a proxy the guard would see the proxy's address, not the page's
                    AllowAutoRedirect = false,
                    AutomaticDecompression = DecompressionMethods.All,
                    ConnectTimeout = TimeSpan.FromSeconds(5),
                    UseCookies = false,
                    MaxResponseDrainSize = 0, // a refused body is cut off, never read to its end to keep the connection
                    ConnectCallback = (context, ct) => guard.ConnectAsync(context.DnsEndPoint, ct),
                };
            })
            .RemoveAllLoggers(); // four lines per hop; the reader logs one line per link instead
    }
}
