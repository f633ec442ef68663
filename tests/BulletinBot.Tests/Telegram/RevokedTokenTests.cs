using BulletinBot.FakeBotApi;
using BulletinBot.Telegram;
using BulletinBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BulletinBot.Tests.Telegram;

/// <summary>A token revoked in @BotFather while the bot runs: it stops hammering Telegram, says so once, and resumes if the token works again.</summary>
public sealed class RevokedTokenTests
{
    private const long FirstChat = 4_000;
    private static readonly TimeSpan Watched = TimeSpan.FromSeconds(8);

    [Fact]
    public async Task A_refused_token_stops_sending_backs_off_and_says_so_once()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var chats = Enumerable.Range(1, 30).Select(i => FirstChat + i).ToArray();
        foreach (var chat in chats)
        {
            bot.Api.EnqueueMessage(chat, chat, "/start");
        }

        await bot.Api.WaitForMessagesAsync(m => m.Text.Contains("Xin chào", StringComparison.Ordinal), count: chats.Length, timeout: TimeSpan.FromSeconds(20));
        var status = bot.Services.GetRequiredService<TelegramStatus>();
        Assert.False(status.TokenRefused);

        var revoked = DateTimeOffset.UtcNow;
        bot.Api.FailEverything(FakeFailure.Unauthorized());
        await bot.BroadcastAsync("notice:revoked", "Hội nghị tập huấn tại Bắc Ninh", chats);
        await Task.Delay(Watched);

        var refusedCalls = bot.Api.Calls.Count(c => c.StatusCode == 401);
        Assert.InRange(refusedCalls, 1, 12);
        Assert.True(status.TokenRefused);
        Assert.True(status.LastContactAt < status.RefusedSince, $"last contact {status.LastContactAt:O}, refused since {status.RefusedSince:O}");
        Assert.True(status.RefusedSince >= revoked);
        Assert.Single(bot.Logs.Lines, l => l.Contains("refused the bot token", StringComparison.Ordinal));

        bot.Api.StopFailingEverything();
        await bot.Api.WaitForMessagesAsync(m => m.Text.Contains("Bắc Ninh", StringComparison.Ordinal), count: chats.Length, timeout: TimeSpan.FromSeconds(40));
        Assert.False(status.TokenRefused);
        Assert.Equal(0, bot.Api.DuplicateCount);
    }
}
