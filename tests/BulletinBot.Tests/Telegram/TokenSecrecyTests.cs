using BulletinBot.FakeBotApi;
using BulletinBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace BulletinBot.Tests.Telegram;

public sealed class TokenSecrecyTests
{
    [Fact]
    public async Task Token_never_appears_in_logs_even_when_telegram_fails()
    {
        await using var bot = await BotUnderTest.StartAsync(new Dictionary<string, string?> { ["BulletinBot:Delivery:MaxAttempts"] = "2" });
        bot.Api.FailNext("getUpdates", FakeFailure.ServerError(502));
        bot.Api.FailNext("getUpdates", FakeFailure.Drop());
        bot.Api.FailNext("sendMessage", FakeFailure.Drop(), times: 5);
        bot.Api.EnqueueMessage(501, 501, "/start");

        await WaitForLogAsync(bot, "failed after 2 attempts");

        Assert.Contains(bot.Logs.Lines, l => l.Contains("Polling Telegram failed", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(BotUnderTest.Token, StringComparison.Ordinal) || l.Contains("secret-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Token_never_appears_in_logs_when_telegram_is_unreachable()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.StopHostAsync();
        var closed = await FakeBotApiServer.StartAsync();
        await closed.DisposeAsync();

        await bot.RestartWithoutWaitingAsync(closed.BaseUrl);
        await WaitForLogAsync(bot, "Polling Telegram failed");

        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(BotUnderTest.Token, StringComparison.Ordinal) || l.Contains("secret-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Token_echoed_by_a_proxy_in_every_error_reaches_no_log_no_alert_and_no_outbox_row()
    {
        await using var bot = await BotUnderTest.StartAsync(
            new Dictionary<string, string?> { ["BulletinBot:Delivery:MaxAttempts"] = "2" }, new FakeBotApiOptions { EchoPathInErrors = true });
        bot.Api.EnqueueMessage(BotUnderTest.AdminId, BotUnderTest.AdminId, "/start");
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == BotUnderTest.AdminId);
        bot.Api.FailNext("getUpdates", FakeFailure.ServerError(502));
        bot.Api.FailNext("sendMessage", FakeFailure.BadRequest("Bad Request: can't parse entities: Unsupported start tag"), chatId: 501);
        bot.Api.FailNext("sendMessage", FakeFailure.ServerError(500), chatId: 502, times: 5);
        bot.Api.EnqueueMessage(501, 501, "/start");
        bot.Api.EnqueueMessage(502, 502, "/start");

        await WaitForLogAsync(bot, "failed after 2 attempts");
        var alert = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == BotUnderTest.AdminId && m.Text.Contains("can't parse", StringComparison.Ordinal))).Single();

        Assert.Contains(bot.Logs.Lines, l => l.Contains("/bot123456:***/", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("secret-token", StringComparison.Ordinal));
        Assert.Contains("/bot123456:***/sendMessage", alert.Text);
        Assert.DoesNotContain("secret-token", alert.Text);
        await bot.WaitForDatabaseAsync("SELECT count(*) = 0 FROM deliveries WHERE error LIKE '%secret-token%'");
        await bot.WaitForDatabaseAsync("SELECT count(*) = 2 FROM deliveries WHERE error LIKE '%/bot123456:***/%'");
    }

    [Fact]
    public async Task Token_echoed_in_errors_never_reaches_the_console_of_the_real_process()
    {
        await using var api = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { EchoPathInErrors = true });
        api.FailNext("deleteWebhook", FakeFailure.ServerError(502));
        api.FailNext("getUpdates", FakeFailure.ServerError(502), times: 2);
        api.FailNext("sendMessage", FakeFailure.BadRequest("Bad Request: can't parse entities: Unsupported start tag"), chatId: 501);
        api.EnqueueMessage(501, 501, "/start");
        var folder = Directory.CreateTempSubdirectory("bulletinbot-secrecy-");
        var environment = new Dictionary<string, string?>
        {
            ["BulletinBot__Telegram__Token"] = "123456:PROCESS-secret-token",
            ["BulletinBot__Telegram__ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["BulletinBot__Database__Path"] = Path.Combine(folder.FullName, "bot.db"),
            ["Logging__LogLevel__Default"] = "Debug",
            ["DOTNET_ENVIRONMENT"] = "Production",
        };
        try
        {
            using var process = BotProcess.Start(environment);
            await api.WaitForCallAsync("sendMessage", c => c.StatusCode == 400, TimeSpan.FromSeconds(60));
            using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
            {
                while (!process.Printed("Telegram rejected delivery"))
                {
                    await Task.Delay(50, deadline.Token);
                }
            }

            Assert.Equal(0, await process.TerminateAsync(TimeSpan.FromSeconds(30)));
            Assert.True(process.Printed("/bot123456:***/deleteWebhook"), process.Output);
            Assert.True(process.Printed("/bot123456:***/getUpdates"), process.Output);
            Assert.False(process.Printed("secret-token"), process.Output);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task WaitForLogAsync(BotUnderTest bot, string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (!bot.Logs.Lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
