using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using BulletinBot.Bench.Broadcasting;
using BulletinBot.FakeBotApi;
using BulletinBot.Features.Events;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BulletinBot.Bench.Publishing;

/// <summary>
/// "publish": how long Đăng takes to find the matching subscribers and queue one notice each, in the real host with
/// its delivery worker running beside it. Prints the figures; the target is under one second for 10,000.
/// </summary>
public static class PublishBenchmark
{
    public static Command Create()
    {
        var chats = new Option<int>("--chats") { DefaultValueFactory = _ => 10_000, Description = "Subscribers, all of whom the event concerns." };
        var filtered = new Option<int>("--filtered") { DefaultValueFactory = _ => 2_000, Description = "How many of them subscribe through a filter (province, region, topic)." };
        var events = new Option<int>("--events") { DefaultValueFactory = _ => 5, Description = "Events published one after another; each is timed." };
        var command = new Command("publish", "Time publishing an event to many matching subscribers.") { chats, filtered, events };
        command.SetAction((parsed, ct) => RunAsync(parsed.GetValue(chats), parsed.GetValue(filtered), parsed.GetValue(events), ct));
        return command;
    }

    private static async Task<int> RunAsync(int chats, int filtered, int events, CancellationToken ct)
    {
        await using var api = await FakeBotApiServer.StartAsync(ct: ct);
        var folder = Directory.CreateTempSubdirectory("bulletinbot-publish-").FullName;
        try
        {
            var builder = BotHost.CreateBuilder([], BotMode.Telegram);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["BulletinBot:Telegram:Token"] = BotSettings.Token,
                ["BulletinBot:Telegram:ApiBaseUrl"] = api.BaseUrl.ToString(),
                ["BulletinBot:Http:Urls"] = "http://127.0.0.1:0",
                ["BulletinBot:Database:Path"] = Path.Combine(folder, "bot.db"),
                ["BulletinBot:Delivery:Unlimited"] = "true",
                ["Logging:LogLevel:Default"] = "Warning",
            });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            using var host = builder.Build();
            await host.StartAsync(ct);
            var database = new BenchDatabase(Path.Combine(folder, "bot.db"));
            var ids = Enumerable.Range(1, chats).Select(i => 1_000_000L + i).ToList();
            await database.InsertPrivateChatsAsync(ids, ct);
            await SubscribeAsync(database.Path, ids, filtered, ct);

            var store = host.Services.GetRequiredService<EventStore>();
            var publisher = host.Services.GetRequiredService<EventPublisher>();
            var timings = new List<double>();
            for (var i = 0; i < events; i++)
            {
                var fields = new EventFields
                {
                    Title = $"Hội nghị tập huấn công tác dân tộc lần {i + 1}",
                    Date = DateOnly.FromDateTime(DateTime.Today.AddDays(30)),
                    Venue = "Hội trường A, Hà Nội",
                    Province = "Hà Nội",
                    CurrentProvince = "Hà Nội",
                    Region = "Bắc",
                };
                var id = await store.CreateDraftAsync(fields, EventOrigin.Form, 1, 1, ct);
                var record = await store.FindAsync(id, ct) ?? throw new InvalidOperationException("The draft was not saved.");
                var started = Stopwatch.GetTimestamp();
                var queued = await publisher.PublishAsync(record, organizerChatId: 1_000_001, ct);
                timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (queued != chats)
                {
                    Console.Error.WriteLine($"event {id}: queued {queued}, expected {chats}");
                    return 1;
                }
            }

            await host.StopAsync(CancellationToken.None);
            timings.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"publish to {chats:N0} matching chats ({filtered:N0} through filters), {events} events: fastest {timings[0]:F0} ms, median {timings[timings.Count / 2]:F0} ms, slowest {timings[^1]:F0} ms"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    // Everyone else gets everything; the filtered ones are split between a province, a region and a topic, all of
    // which the benchmark's event (a training conference in Hà Nội) matches.
    private static async Task SubscribeAsync(string path, List<long> ids, int filtered, CancellationToken ct)
    {
        await using var db = new SqliteConnection($"Data Source={path}");
        await db.OpenAsync(ct);
        await using var transaction = db.BeginTransaction();
        await using var insert = db.CreateCommand();
        insert.CommandText = "INSERT INTO subscriptions (chat_id, filter, label, created_at) VALUES ($chat, $filter, $filter, 0)";
        var chat = insert.Parameters.Add("$chat", SqliteType.Integer);
        var filter = insert.Parameters.Add("$filter", SqliteType.Text);
        for (var i = 0; i < ids.Count; i++)
        {
            chat.Value = ids[i];
            filter.Value = i >= filtered ? "" : (i % 3) switch
            {
                0 => "province:Hà Nội",
                1 => "region:Bắc",
                _ => "topic:tap huan",
            };
            await insert.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }
}
