using System.Globalization;
using BulletinBot.FakeBotApi;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BulletinBot.Bench.Hostile;

/// <summary>
/// The real host, as Program composes it, in this process against a fake Bot API on 127.0.0.1 that enforces Telegram's
/// limits, on a SQLite file in a temp folder: the stage every hostile case plays on.
/// </summary>
public sealed class HostileBot : IAsyncDisposable
{
    public const string Token = "123456:HOSTILE-bench-token";
    public const long AdminId = 900;

    private readonly DirectoryInfo folder;
    private readonly IHost host;

    private HostileBot(FakeBotApiServer api, DirectoryInfo folder, IHost host)
    {
        Api = api;
        this.folder = folder;
        this.host = host;
    }

    public FakeBotApiServer Api { get; }

    public IServiceProvider Services => host.Services;

    public string DatabasePath => Path.Combine(folder.FullName, "bot.db");

    public static async Task<HostileBot> StartAsync(IDictionary<string, string?>? overrides = null, FakeBotApiOptions? apiOptions = null)
    {
        var api = await FakeBotApiServer.StartAsync(apiOptions ?? new FakeBotApiOptions { Limits = new FakeRateLimits() });
        var folder = Directory.CreateTempSubdirectory("bulletinbot-hostile-");
        var settings = Settings(api.BaseUrl, Path.Combine(folder.FullName, "bot.db"));
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var builder = BotHost.CreateBuilder([], BotMode.Telegram);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var host = builder.Build();
        await host.StartAsync();
        await api.WaitForLongPollAsync(TimeSpan.FromSeconds(60));
        return new HostileBot(api, folder, host);
    }

    public static Dictionary<string, string?> Settings(Uri apiBaseUrl, string databasePath) => new()
    {
        ["BulletinBot:Telegram:Token"] = Token,
        ["BulletinBot:Telegram:ApiBaseUrl"] = apiBaseUrl.ToString(),
        ["BulletinBot:Http:Urls"] = "http://127.0.0.1:0",
        ["BulletinBot:Database:Path"] = databasePath,
        ["BulletinBot:Admins:0"] = AdminId.ToString(CultureInfo.InvariantCulture),
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public T Get<T>() where T : notnull => host.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync(CancellationToken.None);
        host.Dispose();
        await Api.DisposeAsync();
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
