using System.Collections.Concurrent;
using BulletinBot.Data;
using BulletinBot.Delivery;
using BulletinBot.Scheduling;
using BulletinBot.Tests.Infrastructure;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Xunit.Abstractions;

namespace BulletinBot.Tests.Scheduling;

/// <summary>Quartz's serialized, lock-taking store beside the bot's own writes: neither may lock the other out.</summary>
public sealed class SchedulerLoadTests(ITestOutputHelper output)
{
    private const string ScratchSql = """
        CREATE TABLE IF NOT EXISTS load_writes (writer INTEGER NOT NULL, batch INTEGER NOT NULL, row INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS load_ticks (fired_at INTEGER NOT NULL);
        """;

    private const string WriteSql = "INSERT INTO load_writes (writer, batch, row) VALUES (@Writer, @Batch, @Row)";

    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Quartz_firing_every_second_beside_heavy_app_writes_for_20_s_locks_nothing_out_and_loses_nothing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var outbox = bot.Services.GetRequiredService<Outbox>();
        await outbox.TransactionAsync((tx, _) => tx.Connection.ExecuteAsync(ScratchSql, transaction: tx.Transaction), CancellationToken.None);
        var scheduler = await bot.Services.GetRequiredService<JobSchedule>().SchedulerAsync(CancellationToken.None);
        var tick = new JobKey("tick", "load-test");
        await scheduler.ScheduleJob(JobBuilder.Create<TickJob>().WithIdentity(tick).Build(),
            TriggerBuilder.Create().WithIdentity("tick", "load-test").StartNow().WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(1)).RepeatForever()).Build(),
            new ScheduleJobOptions(), CancellationToken.None);

        var errors = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource(Duration);
        // On threads of their own: SQLite's async calls complete synchronously, so a plain call would run one writer to the end.
        var writers = Enumerable.Range(1, 4).Select(w => Task.Run(() => WriteUntilAsync(outbox, w, errors, stop.Token))).ToList();
        var churn = Task.Run(() => RescheduleUntilAsync(scheduler, errors, stop.Token));
        var committed = (await Task.WhenAll(writers)).Sum();
        var schedules = await churn;
        await scheduler.DeleteJob(tick, CancellationToken.None);

        await using var db = await bot.OpenDatabaseAsync();
        var rows = await db.ExecuteScalarAsync<long>("SELECT count(*) FROM load_writes");
        var ticks = await db.ExecuteScalarAsync<long>("SELECT count(*) FROM load_ticks");
        output.WriteLine($"{committed} app transactions of 20 rows, {schedules} triggers scheduled and removed, {ticks} job runs in {Duration.TotalSeconds} s; errors: {errors.Count}");

        Assert.Empty(errors);
        Assert.Equal(committed * 20, rows);
        Assert.InRange(ticks, (long)Duration.TotalSeconds - 3, (long)Duration.TotalSeconds + 2);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("database is locked", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Twenty-row transactions through the outbox, back to back, as a busy bot writes replies and broadcasts.</summary>
    private static async Task<long> WriteUntilAsync(Outbox outbox, int writer, ConcurrentQueue<string> errors, CancellationToken stop)
    {
        long batch = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var rows = Enumerable.Range(0, 20).Select(r => new { Writer = writer, Batch = batch, Row = r });
                await outbox.TransactionAsync((tx, _) => tx.Connection.ExecuteAsync(WriteSql, rows, tx.Transaction), CancellationToken.None);
                batch++;
            }
            catch (SqliteException ex)
            {
                errors.Enqueue($"writer {writer}: {ex.Message}");
            }
        }

        return batch;
    }

    /// <summary>Scheduling and removing triggers all along, as publishing, editing and cancelling events do.</summary>
    private static async Task<int> RescheduleUntilAsync(IScheduler scheduler, ConcurrentQueue<string> errors, CancellationToken stop)
    {
        var count = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var key = new JobKey("churn:" + count, "load-test");
                await scheduler.ScheduleJob(JobBuilder.Create<TickJob>().WithIdentity(key).Build(),
                    TriggerBuilder.Create().WithIdentity("churn:" + count, "load-test").StartAt(DateTimeOffset.UtcNow.AddDays(1)).Build(), new ScheduleJobOptions(), CancellationToken.None);
                await scheduler.DeleteJob(key, CancellationToken.None);
                count++;
                await Task.Delay(20, CancellationToken.None);
            }
            catch (SchedulerException ex)
            {
                errors.Enqueue("scheduler: " + ex.Message);
            }
        }

        return count;
    }
}
