using BulletinBot.FakeBotApi;
using BulletinBot.Tests.Features.Events;
using BulletinBot.Tests.Infrastructure;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BulletinBot.Tests.CommandLine;

/// <summary>
/// backup and restore as the operator runs them: real processes beside a running bot, on its real database file.
/// </summary>
public sealed class BackupVerbTests : IDisposable
{
    private const string Counts = """
        SELECT (SELECT count(*) FROM subscriptions) AS Subscriptions,
               (SELECT count(*) FROM events WHERE status = 'published') AS Events,
               (SELECT count(*) FROM deliveries WHERE state IN ('pending', 'retry', 'sending')) AS Unsent,
               (SELECT count(*) FROM deliveries) AS Deliveries,
               (SELECT count(*) FROM personal_reminders WHERE state = 'pending') AS Reminders
        """;

    // Quartz's own file: the triggers of the event's reminders and of the personal reminder's sweep.
    private const string TriggersSql = "SELECT count(*) FROM QRTZ_TRIGGERS";

    private readonly string elsewhere = Directory.CreateTempSubdirectory("bulletinbot-restore-").FullName;

    [Fact]
    public async Task A_backup_taken_during_a_broadcast_restores_into_a_fresh_folder_with_subscribers_events_and_pending_deliveries()
    {
        await using var bot = await BotUnderTest.StartAsync(new Dictionary<string, string?> { ["BulletinBot:Delivery:GlobalPerSecond"] = "3" });
        await bot.SubscribeAsync(601, 602, 603);
        await using (var db = await bot.OpenDatabaseAsync())
        {
            // Sixty more subscribers, so the broadcast outlasts the backup at three messages a second.
            var ids = $"[{string.Join(',', Enumerable.Range(70_001, 60))}]";
            await db.ExecuteAsync("""
                INSERT INTO chats (chat_id, kind, created_at, updated_at) SELECT value, 'private', 0, 0 FROM json_each(@Ids);
                INSERT INTO subscriptions (chat_id, filter, created_at) SELECT value, '', 0 FROM json_each(@Ids);
                """, new { Ids = ids });
        }

        var card = await bot.PostAsync("Hội nghị tập huấn chuyển đổi số", EventScenario.FutureDay(), "Hội trường B, Huế");
        await bot.PublishAsync(card);
        await bot.SayAsync(601, "/remind 1 2h");
        await bot.WaitForDatabaseAsync("SELECT count(*) FROM personal_reminders WHERE state = 'pending'");
        var backup = Path.Combine(elsewhere, "backups", "bulletinbot-test.db");

        var backedUp = await RunAsync(bot.DatabasePath, "backup", backup);
        var atBackup = await CountsAsync(backup);
        var triggersAtBackup = await CountAsync(Path.Combine(elsewhere, "backups", "bulletinbot-test.quartz.db"), TriggersSql);
        var fresh = Path.Combine(elsewhere, "fresh", "bot.db");
        var restored = await RunAsync(fresh, "restore", backup);

        Assert.Equal(0, backedUp.ExitCode);
        Assert.Contains("bulletinbot-test.db", backedUp.Output, StringComparison.Ordinal);
        Assert.Equal(63, atBackup.Subscriptions);
        Assert.Equal(1, atBackup.Events);
        Assert.True(atBackup.Unsent > 0, $"the broadcast had finished before the backup: {atBackup}");
        Assert.Equal(1, atBackup.Reminders);
        Assert.True(triggersAtBackup >= 2, $"{triggersAtBackup} triggers in the scheduler's copy");
        Assert.Equal(0, restored.ExitCode);
        Assert.Equal(atBackup, await CountsAsync(fresh));
        Assert.Equal(triggersAtBackup, await CountAsync(Path.Combine(elsewhere, "fresh", "bot.quartz.db"), TriggersSql));
        Assert.False(File.Exists(backup + ".partial"));
    }

    [Fact]
    public async Task Restore_refuses_while_the_bot_runs_and_replaces_nothing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SubscribeAsync(611);
        var backup = Path.Combine(elsewhere, "copy.db");
        Assert.Equal(0, (await RunAsync(bot.DatabasePath, "backup", backup)).ExitCode);
        var before = await File.ReadAllBytesAsync(bot.DatabasePath);

        var refused = await RunAsync(bot.DatabasePath, "restore", backup);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("BulletinBot is running on", refused.Output, StringComparison.Ordinal);
        Assert.Single(refused.Output.Trim().Split('\n'));
        Assert.Equal(before, await File.ReadAllBytesAsync(bot.DatabasePath));
        Assert.Empty(Directory.GetFiles(bot.Folder, "*.before-restore-*"));
    }

    [Theory]
    [InlineData("not a database", "cannot be read as a SQLite database")]
    [InlineData("another program's database", "is not a BulletinBot database")]
    [InlineData("half a copy", "")]
    [InlineData("a newer BulletinBot's", "was made by a newer BulletinBot")]
    public async Task Restore_checks_the_copy_before_it_touches_anything(string what, string reason)
    {
        var good = Path.Combine(elsewhere, "good.db");
        await using (var bot = await BotUnderTest.StartAsync())
        {
            await bot.SubscribeAsync(621);
            Assert.Equal(0, (await RunAsync(bot.DatabasePath, "backup", good)).ExitCode);
        }

        var copy = Path.Combine(elsewhere, "suspect.db");
        switch (what)
        {
            case "not a database":
                await File.WriteAllTextAsync(copy, "Biên bản họp, không phải cơ sở dữ liệu.");
                break;
            case "another program's database":
                await WithDatabaseAsync(copy, "CREATE TABLE notes (text TEXT)");
                break;
            case "half a copy":
                var bytes = await File.ReadAllBytesAsync(good);
                await File.WriteAllBytesAsync(copy, bytes[..(bytes.Length / 2)]);
                break;
            default:
                File.Copy(good, copy);
                await WithDatabaseAsync(copy, "INSERT INTO schema_versions (ScriptName, Applied) VALUES ('migrations.9999_from_the_future.sql', '2027-01-01')");
                break;
        }

        var target = Path.Combine(elsewhere, "target", "bot.db");
        var refused = await RunAsync(target, "restore", copy);

        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith("Nothing was restored:", refused.Output.Trim(), StringComparison.Ordinal);
        Assert.Contains(reason, refused.Output, StringComparison.Ordinal);
        Assert.Single(refused.Output.Trim().Split('\n'));
        Assert.False(File.Exists(target));
    }

    private static async Task WithDatabaseAsync(string path, string sql)
    {
        await using var db = new SqliteConnection($"Data Source={path};Pooling=False");
        await db.OpenAsync();
        await db.ExecuteAsync(sql);
    }

    private static async Task<DatabaseCounts> CountsAsync(string path)
    {
        await using var db = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await db.OpenAsync();
        return await db.QuerySingleAsync<DatabaseCounts>(Counts);
    }

    private static async Task<long> CountAsync(string path, string sql)
    {
        await using var db = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await db.OpenAsync();
        return await db.ExecuteScalarAsync<long>(sql);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string databasePath, params string[] args)
    {
        var environment = new Dictionary<string, string?> { ["BulletinBot__Database__Path"] = databasePath };
        using var process = BotProcess.Start(environment, args);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.Process.WaitForExitAsync(deadline.Token);
        return (process.Process.ExitCode, process.Output);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(elsewhere, recursive: true);
    }

    private sealed record DatabaseCounts(long Subscriptions, long Events, long Unsent, long Deliveries, long Reminders);
}
