using BulletinBot.FakeBotApi;
using BulletinBot.Tests.Infrastructure;

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

    private static async Task WaitForLogAsync(BotUnderTest bot, string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (!bot.Logs.Lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
