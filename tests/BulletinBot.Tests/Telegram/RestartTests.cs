using BulletinBot.FakeBotApi;
using BulletinBot.Tests.Infrastructure;

namespace BulletinBot.Tests.Telegram;

public sealed class RestartTests
{
    private const long Alice = 501;

    [Fact]
    public async Task Update_handled_before_a_restart_is_not_handled_again()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var updateId = bot.Api.EnqueueMessage(Alice, Alice, "/subscribe");
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice);

        // Telegram had not yet heard the offset confirmed, so it offers the same update again after the restart.
        var telegram = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { FirstUpdateId = updateId });
        telegram.EnqueueMessage(Alice, Alice, "/subscribe");
        telegram.EnqueueMessage(Alice, Alice, "/start");
        await bot.RestartAsync(telegram);

        var replies = await telegram.WaitForMessagesAsync(m => m.ChatId == Alice && m.Text.Contains("Xin chào", StringComparison.Ordinal));
        Assert.DoesNotContain(telegram.SentMessages, m => m.Text.Contains("đăng ký", StringComparison.Ordinal) && !m.Text.Contains("Xin chào", StringComparison.Ordinal));
        Assert.Single(replies);
    }
}
