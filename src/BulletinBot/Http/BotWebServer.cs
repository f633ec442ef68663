using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BulletinBot.Http;

/// <summary>
/// Kestrel on BulletinBot:Http:Urls, serving the routes the rooms contribute (<see cref="IWebEndpoints"/>). It is a
/// small web application of its own inside the bot's host rather than the host itself, so the bot keeps one
/// composition for every mode and serves nothing at all when HTTP is off or in --local. The routes reach the bot's
/// services directly; only the health check service is handed to the web application, which looks it up itself.
/// </summary>
public sealed partial class BotWebServer(
    IOptions<HttpOptions> options,
    IEnumerable<IWebEndpoints> endpoints,
    HealthCheckService health,
    ILoggerFactory loggers,
    ILogger<BotWebServer> logger) : IHostedService, IAsyncDisposable
{
    /// <summary>Telegram's updates are small; a larger body is refused with 413 before it is read whole.</summary>
    public const long MaxRequestBody = 1024 * 1024;

    private readonly SemaphoreSlim starting = new(1, 1);
    private WebApplication? app;

    /// <summary>The addresses Kestrel listens on once started (a port 0 resolved to the port it got).</summary>
    public IReadOnlyList<Uri> Addresses { get; private set; } = [];

    /// <summary>Starts listening unless it already does; Program calls it before the host starts so a taken port is one line.</summary>
    /// <exception cref="HttpUnavailableException">Kestrel could not listen on one of the addresses.</exception>
    public async Task ListenAsync(CancellationToken ct)
    {
        await starting.WaitAsync(ct);
        try
        {
            if (app is not null || !options.Value.Enabled)
            {
                return;
            }

            var web = Build(options.Value);
            try
            {
                await web.StartAsync(ct);
            }
            catch (IOException ex)
            {
                await web.DisposeAsync();
                throw new HttpUnavailableException(Describe(ex), ex);
            }

            app = web;
            var addresses = web.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            Addresses = [.. addresses.Select(a => new Uri(a))];
            LogListening(logger, addresses);
        }
        finally
        {
            starting.Release();
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => ListenAsync(cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is { } web)
        {
            await web.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is { } web)
        {
            await web.DisposeAsync();
        }

        starting.Dispose();
    }

    private WebApplication Build(HttpOptions http)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBody;
        });
        builder.WebHost.UseUrls([.. http.UrlList()]);
        builder.Services.AddRoutingCore();

        // Logs go on to the bot's own logger factory, which redacts secrets and applies the bot's filters. The web
        // application's own start and stop are the bot's to tell: a failure to listen comes back as one line.
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.None);
        builder.Logging.AddProvider(new ForwardingProvider(loggers));

        // No console lifetime: SIGTERM belongs to the bot's host, which stops this server in its turn.
        builder.Services.AddSingleton<IHostLifetime, NoLifetime>();
        builder.Services.AddSingleton(health);
        var web = builder.Build();
        foreach (var endpoint in endpoints)
        {
            endpoint.MapTo(web);
        }

        return web;
    }

    private string Describe(IOException ex)
    {
        var reason = ex.InnerException switch
        {
            Microsoft.AspNetCore.Connections.AddressInUseException => "the port is already in use by another program",
            SocketException { SocketErrorCode: SocketError.AccessDenied } => "this user may not open that port (ports below 1024 need privileges)",
            SocketException { SocketErrorCode: SocketError.AddressNotAvailable } => "that address is not one of this machine's",
            _ => ex.Message,
        };
        return $"{HttpRules.UrlsKey} '{options.Value.Urls}' cannot be listened on: {reason}; choose another address or port, or set {HttpOptions.Section}:Enabled=false";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving health, metrics and webhook on {Addresses}")]
    private static partial void LogListening(ILogger logger, ICollection<string> addresses);

    private sealed class ForwardingProvider(ILoggerFactory bot) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => bot.CreateLogger(categoryName);

        // The bot's factory belongs to the bot's host.
        public void Dispose() { }
    }

    private sealed class NoLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
