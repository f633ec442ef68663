using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using BulletinBot.Delivery;
using BulletinBot.FakeBotApi;
using BulletinBot.Scheduling;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace BulletinBot.Bench.Scheduling;

/// <summary>
/// Quartz's job store in a file of its own, or in the bot's database: the bot's write transactions (20 rows each,
/// back to back from several writers) timed while Quartz fires a job every second that writes too, and triggers are
/// scheduled and removed all along as publishing events does.
/// </summary>
public static class StoreBenchmark
{
    private const string ScratchSql = """
        CREATE TABLE IF NOT EXISTS load_writes (writer INTEGER NOT NULL, batch INTEGER NOT NULL, row INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS load_ticks (fired_at INTEGER NOT NULL);
        """;

    public static async Task<int> RunAsync(bool shared, int writers, TimeSpan duration, CancellationToken ct)
    {
        await using var api = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { MaxLongPoll = TimeSpan.FromSeconds(1) }, ct);
        var folder = Directory.CreateTempSubdirectory("bulletinbot-bench-store-");
        try
        {
            var path = Path.Combine(folder.FullName, "bot.db");
            var builder = BotHost.CreateBuilder([], BotMode.Telegram);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["BulletinBot:Telegram:Token"] = "123456:BENCH",
                ["BulletinBot:Telegram:ApiBaseUrl"] = api.BaseUrl.ToString(),
                ["BulletinBot:Database:Path"] = path,
                ["BulletinBot:Scheduling:Path"] = shared ? path : null,
                ["Logging:LogLevel:Default"] = "Warning",
            });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            using var host = builder.Build();
            await host.StartAsync(ct);
            var outbox = host.Services.GetRequiredService<Outbox>();
            await outbox.TransactionAsync((tx, _) => tx.Connection.ExecuteAsync(ScratchSql, transaction: tx.Transaction), ct);
            var scheduler = await host.Services.GetRequiredService<JobSchedule>().SchedulerAsync(ct);
            await scheduler.ScheduleJob(JobBuilder.Create<TickJob>().WithIdentity("tick", "bench").Build(),
                TriggerBuilder.Create().WithIdentity("tick", "bench").StartNow().WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(1)).RepeatForever()).Build(),
                new ScheduleJobOptions(), ct);

            var errors = new ConcurrentQueue<string>();
            var writeTimes = new ConcurrentBag<double>();
            var scheduleTimes = new ConcurrentBag<double>();
            using var stop = new CancellationTokenSource(duration);
            var tasks = Enumerable.Range(1, writers).Select(w => Task.Run(() => WriteAsync(outbox, w, writeTimes, errors, stop.Token), ct)).ToList();
            tasks.Add(Task.Run(() => ChurnAsync(scheduler, scheduleTimes, errors, stop.Token), ct));
            await Task.WhenAll(tasks);
            await scheduler.DeleteJob(new JobKey("tick", "bench"), ct);
            await host.StopAsync(CancellationToken.None);

            await using var db = new SqliteConnection($"Data Source={path};Pooling=False");
            await db.OpenAsync(ct);
            var rows = await db.ExecuteScalarAsync<long>("SELECT count(*) FROM load_writes");
            var ticks = await db.ExecuteScalarAsync<long>("SELECT count(*) FROM load_ticks");
            var writes = writeTimes.Order().ToList();
            var schedules = scheduleTimes.Order().ToList();
            Console.WriteLine($"quartz store: {(shared ? "shared with the bot's database" : "its own file")}");
            Console.WriteLine(F($"app transactions: {writes.Count} in {duration.TotalSeconds:0} s = {writes.Count / duration.TotalSeconds:0}/s ({writers} writers, 20 rows each)"));
            Console.WriteLine(F($"app transaction ms: p50 {Percentile(writes, 0.5):0.0}, p99 {Percentile(writes, 0.99):0.0}, max {(writes.Count == 0 ? 0 : writes[^1]):0.0}"));
            Console.WriteLine(F($"rows lost: {writes.Count * 20L - rows}"));
            Console.WriteLine(F($"quartz job runs: {ticks} (one a second)"));
            Console.WriteLine(F($"schedule+remove ms: {schedules.Count} pairs, p50 {Percentile(schedules, 0.5):0.0}, p99 {Percentile(schedules, 0.99):0.0}, max {(schedules.Count == 0 ? 0 : schedules[^1]):0.0}"));
            Console.WriteLine(F($"errors: {errors.Count}{(errors.TryPeek(out var first) ? " (first: " + first + ")" : "")}"));
            return errors.IsEmpty && rows == writes.Count * 20L ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task WriteAsync(Outbox outbox, int writer, ConcurrentBag<double> times, ConcurrentQueue<string> errors, CancellationToken stop)
    {
        long batch = 0;
        while (!stop.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                var rows = Enumerable.Range(0, 20).Select(r => new { Writer = writer, Batch = batch, Row = r });
                await outbox.TransactionAsync((tx, _) => tx.Connection.ExecuteAsync(
                    "INSERT INTO load_writes (writer, batch, row) VALUES (@Writer, @Batch, @Row)", rows, tx.Transaction), CancellationToken.None);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                batch++;
            }
            catch (SqliteException ex)
            {
                errors.Enqueue($"writer {writer}: {ex.Message}");
            }
        }
    }

    private static async Task ChurnAsync(IScheduler scheduler, ConcurrentBag<double> times, ConcurrentQueue<string> errors, CancellationToken stop)
    {
        var count = 0;
        while (!stop.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                var key = new JobKey("churn:" + count++, "bench");
                await scheduler.ScheduleJob(JobBuilder.Create<TickJob>().WithIdentity(key).Build(),
                    TriggerBuilder.Create().WithIdentity(key.Name, "bench").StartAt(DateTimeOffset.UtcNow.AddDays(1)).Build(), new ScheduleJobOptions(), CancellationToken.None);
                await scheduler.DeleteJob(key, CancellationToken.None);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                await Task.Delay(20, CancellationToken.None);
            }
            catch (SchedulerException ex)
            {
                errors.Enqueue("scheduler: " + ex.Message);
            }
        }
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
