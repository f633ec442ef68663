using System.Diagnostics;
using System.Globalization;
using BulletinBot.Data;
using BulletinBot.FakeBotApi;
using BulletinBot.Scheduling;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BulletinBot.Bench.Scheduling;

/// <summary>
/// The bot starting with a large store of pending personal reminders: how long until its scheduler is ready, and how
/// late the reminders of one busy minute are queued in the outbox (enqueue time minus due time, before any pacing).
/// </summary>
public static class ReminderBenchmark
{
    public static async Task<int> RunAsync(int pending, int due, TimeSpan spread, CancellationToken ct)
    {
        await using var api = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { MaxLongPoll = TimeSpan.FromSeconds(1) }, ct);
        var folder = Directory.CreateTempSubdirectory("bulletinbot-bench-reminders-");
        try
        {
            var path = Path.Combine(folder.FullName, "bot.db");
            var settings = new Dictionary<string, string?>
            {
                ["BulletinBot:Telegram:Token"] = "123456:BENCH",
                ["BulletinBot:Telegram:ApiBaseUrl"] = api.BaseUrl.ToString(),
                ["BulletinBot:Database:Path"] = path,
                ["BulletinBot:Delivery:Unlimited"] = "true",
                ["Logging:LogLevel:Default"] = "Warning",
            };
            await MigrateAsync(settings, ct);

            // Due a while after the start, so the whole start-up happens first and the busy minute is met running.
            var dueFrom = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(25);
            var seeding = Stopwatch.StartNew();
            await ReminderSeed.InsertAsync(path, pending, due, dueFrom, spread, ct);
            Console.WriteLine(F($"seeded: {pending} pending reminders ({due} due from {dueFrom:HH:mm:ss} over {spread.TotalSeconds:0} s) in {seeding.Elapsed.TotalSeconds:0.0} s"));

            var builder = BotHost.CreateBuilder([], BotMode.Telegram);
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            using var host = builder.Build();
            var starting = Stopwatch.StartNew();
            await host.StartAsync(ct);
            var hostStarted = starting.Elapsed;
            var schedule = host.Services.GetRequiredService<JobSchedule>();
            while (!await schedule.IsRunningAsync(ct))
            {
                await Task.Delay(5, ct);
            }

            var ready = starting.Elapsed;
            Console.WriteLine(F($"host started: {hostStarted.TotalMilliseconds:0} ms"));
            Console.WriteLine(F($"scheduler ready: {ready.TotalMilliseconds:0} ms (target <= 3000)"));

            var lateness = await WaitForLatenessAsync(path, due, dueFrom + spread + TimeSpan.FromMinutes(2), ct);
            await host.StopAsync(CancellationToken.None);
            Report(lateness, due);
            return ready <= TimeSpan.FromSeconds(3) && lateness.Count == due && Percentile(lateness, 0.99) < 1000 ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task MigrateAsync(Dictionary<string, string?> settings, CancellationToken ct)
    {
        var builder = BotHost.CreateBuilder([], BotMode.Migrate);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        using var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
    }

    /// <summary>Enqueue-minus-due of every personal reminder queued, in milliseconds, shortest first.</summary>
    private static async Task<List<long>> WaitForLatenessAsync(string path, int due, DateTimeOffset deadline, CancellationToken ct)
    {
        const string Sql = """
            SELECT b.created_at - p.due_at FROM broadcasts b
            JOIN personal_reminders p ON b.key = 'remind:' || p.id || ':' || p.due_at
            WHERE b.key LIKE 'remind:%' ORDER BY 1
            """;
        while (true)
        {
            await using var db = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
            await db.OpenAsync(ct);
            await using var query = db.CreateCommand();
            query.CommandText = Sql;
            var lateness = new List<long>();
            await using (var reader = await query.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    lateness.Add(reader.GetInt64(0));
                }
            }

            if (lateness.Count >= due || DateTimeOffset.UtcNow > deadline)
            {
                return lateness;
            }

            await Task.Delay(500, ct);
        }
    }

    private static void Report(List<long> lateness, int due)
    {
        Console.WriteLine(F($"queued: {lateness.Count} of {due}"));
        Console.WriteLine(F($"lateness p50 ms: {Percentile(lateness, 0.50)}"));
        Console.WriteLine(F($"lateness p99 ms: {Percentile(lateness, 0.99)} (target < 1000)"));
        Console.WriteLine(F($"lateness max ms: {(lateness.Count == 0 ? 0 : lateness[^1])}"));
    }

    private static long Percentile(List<long> sorted, double p) =>
        sorted.Count == 0 ? long.MaxValue : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
