using BulletinBot.Data;
using BulletinBot.FakeBotApi;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BulletinBot.Tests.Infrastructure;

/// <summary>
/// The real BulletinBot host, against a fake Bot API on 127.0.0.1 and a SQLite file in a temp folder. It can be
/// stopped and started again on the same file, as an operator restarting the service would.
/// </summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    public const string Token = "123456:TEST-secret-token";
    public const long AdminId = 900;

    private readonly Dictionary<string, string?> settings;
    private IHost? host;

    private BotUnderTest(FakeBotApiServer api, string folder, Dictionary<string, string?> settings)
    {
        Api = api;
        Folder = folder;
        this.settings = settings;
    }

    public FakeBotApiServer Api { get; private set; }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "bot.db");

    public LogCapture Logs { get; } = new();

    public IServiceProvider Services => host?.Services ?? throw new InvalidOperationException("The bot is not running.");

    /// <summary>Where the bot's HTTP listener answers (loopback, the port it was given), e.g. http://127.0.0.1:41234/.</summary>
    public Uri HttpAddress => Services.GetRequiredService<BulletinBot.Http.BotWebServer>().Addresses is [var first, ..]
        ? first
        : throw new InvalidOperationException("The bot serves no HTTP.");

    /// <summary>In webhook mode, where the reverse proxy would forward Telegram's posts: the bot's listener and its webhook path.</summary>
    public Uri WebhookTarget => new(HttpAddress, Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BulletinBot.Telegram.TelegramOptions>>().Value.ServedWebhookPath);

    public static async Task<BotUnderTest> StartAsync(IDictionary<string, string?>? overrides = null, FakeBotApiOptions? apiOptions = null)
    {
        var api = await FakeBotApiServer.StartAsync(apiOptions);
        var folder = Directory.CreateTempSubdirectory("bulletinbot-test-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["BulletinBot:Telegram:Token"] = Token,
            ["BulletinBot:Telegram:ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["BulletinBot:Http:Urls"] = "http://127.0.0.1:0",
            ["BulletinBot:Database:Path"] = Path.Combine(folder, "bot.db"),
            ["BulletinBot:Admins:0"] = AdminId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["BulletinBot:Delivery:FirstRetryDelay"] = "00:00:00.050",
            ["BulletinBot:Delivery:MaxRetryDelay"] = "00:00:01",
            ["BulletinBot:Events:PasteQuietPeriod"] = "00:00:00.400",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var bot = new BotUnderTest(api, folder, settings);
        await bot.StartHostAsync();
        return bot;
    }

    public async Task RestartAsync(FakeBotApiServer? newApi = null)
    {
        await StopHostAsync();
        if (newApi is not null)
        {
            await Api.DisposeAsync();
            Api = newApi;
            settings["BulletinBot:Telegram:ApiBaseUrl"] = newApi.BaseUrl.ToString();
        }

        await StartHostAsync();
    }

    /// <summary>Starts against an address where no Bot API answers, so the caller can watch the bot cope.</summary>
    public async Task RestartWithoutWaitingAsync(Uri apiBaseUrl)
    {
        await StopHostAsync();
        settings["BulletinBot:Telegram:ApiBaseUrl"] = apiBaseUrl.ToString();
        await StartHostAsync(waitForPolling: false);
    }

    public async Task StopHostAsync()
    {
        if (host is not null)
        {
            await host.StopAsync();
            host.Dispose();
            host = null;
        }
    }

    public async Task<SqliteConnection> OpenDatabaseAsync()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Waits until a yes/no query over the bot's database answers yes; for effects that have no message to wait on.</summary>
    public async Task WaitForDatabaseAsync(string condition, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            await using (var db = await OpenDatabaseAsync())
            {
                var command = db.CreateCommand();
                command.CommandText = condition;
                if (await command.ExecuteScalarAsync(deadline.Token) is long and not 0)
                {
                    return;
                }
            }

            await Task.Delay(20, deadline.Token);
        }
    }

    private async Task StartHostAsync(bool waitForPolling = true)
    {
        var builder = BotHost.CreateBuilder([], BotMode.Telegram);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(Logs);
        host = builder.Build();
        await host.StartAsync();
        if (waitForPolling && settings.GetValueOrDefault("BulletinBot:Telegram:WebhookUrl") is { Length: > 0 })
        {
            await Api.WaitForWebhookAsync();
        }
        else if (waitForPolling)
        {
            await Api.WaitForLongPollAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopHostAsync();
        await Api.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying process; the temp folder is cleaned by the OS.
        }
    }
}
