using System.Diagnostics;
using System.Globalization;
using BulletinBot.Bench.Broadcasting;
using BulletinBot.Chat;
using BulletinBot.Data;
using BulletinBot.Delivery;
using BulletinBot.FakeBotApi;
using BulletinBot.Features.EventQueries;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BulletinBot.Bench.Queries;

/// <summary>
/// The look-up handlers of the real host, called as the router calls them, over a database of many events and
/// subscribers: p50 and p99 of /search and /recent, /stats, and one /export with the managed heap sampled meanwhile.
/// </summary>
public static class QueriesBenchmark
{
    private const long AdminChat = 900;
    private const long FirstChatId = 1_000_000;

    private static readonly (string Name, string Args)[] Searches =
    [
        ("/search 1 word, accents", "tuyên"),
        ("/search 1 word, none", "tuyen"),
        ("/search 2 words, accents", "Hà Giang"),
        ("/search 2 words, none", "ha giang"),
        ("/search 2 common words, accents", "hội nghị"),
        ("/search 2 common words, none", "hoi nghi"),
        ("/search 3 words, accents", "quyền trẻ em"),
        ("/search 3 words, none", "quyen tre em"),
        ("/search 3 words, last one half typed", "công tác dâ"),
    ];

    private static readonly (string Name, string Args)[] Recents =
    [
        ("/recent", ""),
        ("/recent 500", "500"),
        ("/recent 30d", "30d"),
        ("/recent 3650d", "3650d"),
        ("/recent Bình Thuận (now Lâm Đồng)", "Bình Thuận"),
    ];

    public static async Task<bool> RunAsync(int events, int subscribers, int runs, TextWriter output, CancellationToken ct)
    {
        await using var api = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { MaxLongPoll = TimeSpan.FromSeconds(1) }, ct);
        var folder = Directory.CreateTempSubdirectory("bulletinbot-bench-queries-");
        try
        {
            var path = Path.Combine(folder.FullName, "bot.db");
            var builder = BotHost.CreateBuilder([], BotMode.Telegram);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["BulletinBot:Telegram:Token"] = BotSettings.Token,
                ["BulletinBot:Telegram:ApiBaseUrl"] = api.BaseUrl.ToString(),
                ["BulletinBot:Http:Urls"] = "http://127.0.0.1:0",
                ["BulletinBot:Database:Path"] = path,
                ["BulletinBot:Admins:0"] = AdminChat.ToString(CultureInfo.InvariantCulture),
            });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            using var host = builder.Build();
            await host.StartAsync(ct);
            try
            {
                var today = host.Services.GetRequiredService<OfficeDay>().Today;
                var seeding = Stopwatch.StartNew();
                await using (var db = new SqliteConnection($"Data Source={path};Default Timeout=30"))
                {
                    await db.OpenAsync(ct);
                    await BenchEvents.InsertEventsAsync(db, events, today, ct);
                    await BenchEvents.InsertSubscribersAsync(db, subscribers, FirstChatId, ct);
                    await using var optimize = db.CreateCommand();
                    // One bulk load leaves the search index in many segments; a bot that posted events over years has
                    // had them merged as it went (FTS5 automerge), so the index is merged once here as it would be.
                    optimize.CommandText = """
                        INSERT INTO chats (chat_id, kind, language, is_active, created_at, updated_at) VALUES (900, 'private', 'vi', 1, 0, 0);
                        INSERT INTO event_search (event_search) VALUES ('optimize');
                        PRAGMA optimize;
                        """;
                    await optimize.ExecuteNonQueryAsync(ct);
                }

                output.WriteLine(Format($"database: {events:N0} events, {subscribers:N0} subscribed chats, {new FileInfo(path).Length / 1048576.0:0} MB (seeded in {seeding.Elapsed.TotalSeconds:0} s)"));
                return await MeasureAsync(host.Services, runs, output, ct);
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<bool> MeasureAsync(IServiceProvider services, int runs, TextWriter output, CancellationToken ct)
    {
        var commands = services.GetServices<IChatCommand>().ToDictionary(c => c.Info.Name);
        Task<Reply> Run(string name, string args) => commands[name].HandleAsync(Context(name, args), ct);

        var figures = new List<LatencyFigures>();
        foreach (var (name, args) in Searches.Concat(Recents))
        {
            var command = name.Split(' ')[0][1..];
            var figure = new LatencyFigures(name);
            await figure.MeasureAsync(() => Run(command, args), runs);
            figures.Add(figure);
            output.WriteLine(figure.Line());
        }

        var stats = new LatencyFigures("/stats");
        await stats.MeasureAsync(() => Run("stats", ""), Math.Max(20, runs / 10), warmUp: 3);
        output.WriteLine(stats.Line());

        var export = await ExportAsync(services, () => Run("export", ""), output, ct);
        var fast = figures.All(f => f.P99 < 10) && stats.P99 < 100 && export < TimeSpan.FromSeconds(3);
        output.WriteLine(fast ? "targets: met (p99 < 10 ms, /stats < 100 ms, /export < 3 s)" : "targets: NOT met");
        return fast;
    }

    // The handler writes the CSV files; queuing them copies each into the outbox (rolled back here, so nothing is sent).
    private static async Task<TimeSpan> ExportAsync(IServiceProvider services, Func<Task<Reply>> export, TextWriter output, CancellationToken ct)
    {
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        using var sampling = new CancellationTokenSource();
        long peak = heapBefore;
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                await Task.Delay(5, CancellationToken.None);
            }
        }, CancellationToken.None);

        var started = Stopwatch.StartNew();
        var reply = await export();
        var handler = started.Elapsed;
        var bytes = reply.Documents.Sum(d => d.Content.Length);
        var queueing = Stopwatch.StartNew();
        await using (var db = await services.GetRequiredService<SqliteConnectionFactory>().OpenAsync(ct))
        await using (var transaction = await db.BeginTransactionAsync(ct))
        {
            var store = services.GetRequiredService<DeliveryStore>();
            foreach (var document in reply.Documents)
            {
                await store.EnqueueReplyAsync(db, transaction, new OutgoingMessage(AdminChat, document.Caption, [], Document: new OutgoingDocument(document.FileName, document.Content)), ct);
            }

            await transaction.RollbackAsync(ct);
        }

        var queued = queueing.Elapsed;
        await sampling.CancelAsync();
        await sampler;
        foreach (var document in reply.Documents)
        {
            await document.Content.DisposeAsync();
        }

        output.WriteLine(Format($"/export: {handler.TotalSeconds:0.00} s to write {reply.Documents.Count} CSV file(s), {bytes / 1048576.0:0.0} MB; {queued.TotalSeconds:0.00} s more to queue them in the outbox"));
        output.WriteLine(Format($"/export managed heap: {heapBefore / 1048576.0:0.0} MB before, {peak / 1048576.0:0.0} MB peak"));
        return handler;
    }

    private static CommandContext Context(string command, string args) =>
        new(ChatRequest.Message(AdminChat, ChatKind.Private, AdminChat, $"/{command} {args}"), args, Language.Vi, Role.Admin);

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
