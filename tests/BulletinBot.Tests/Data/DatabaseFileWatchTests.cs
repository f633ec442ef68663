using BulletinBot.FakeBotApi;
using BulletinBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BulletinBot.Tests.Data;

/// <summary>The database file taken away under a running bot: it stops with a clear reason instead of writing into the void.</summary>
public sealed class DatabaseFileWatchTests
{
    [Fact]
    public async Task A_database_file_moved_away_while_the_bot_runs_stops_it_and_is_not_recreated_empty()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Api.EnqueueMessage(501, 501, "/subscribe");
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == 501);
        var stopping = bot.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

        File.Move(bot.DatabasePath, bot.DatabasePath + ".moved");
        bot.Api.EnqueueMessage(502, 502, "/subscribe");

        await Task.Delay(Timeout.InfiniteTimeSpan, stopping).ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains(bot.DatabasePath, StringComparison.Ordinal));
        Assert.False(File.Exists(bot.DatabasePath), "an empty database was created in place of the one moved away");
    }

    [Fact]
    public async Task The_real_process_exits_with_one_line_naming_the_setting_when_its_database_file_is_deleted()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var folder = Directory.CreateTempSubdirectory("bulletinbot-watch-");
        var databasePath = Path.Combine(folder.FullName, "bot.db");
        var environment = new Dictionary<string, string?>
        {
            ["BulletinBot__Telegram__Token"] = "123456:WATCH",
            ["BulletinBot__Telegram__ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["BulletinBot__Database__Path"] = databasePath,
            ["Logging__LogLevel__Default"] = "None",
            ["DOTNET_ENVIRONMENT"] = "Production",
        };
        try
        {
            using var process = BotProcess.Start(environment);
            await api.WaitForLongPollAsync(TimeSpan.FromSeconds(60));
            File.Delete(databasePath);

            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.Process.WaitForExitAsync(deadline.Token);
            Assert.True(process.Process.ExitCode == 3, process.Output);
            Assert.True(process.Printed("BulletinBot:Database:Path"), process.Output);
            Assert.DoesNotContain("   at ", process.Output);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
