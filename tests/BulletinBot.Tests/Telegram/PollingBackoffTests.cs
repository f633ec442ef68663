using BulletinBot.FakeBotApi;
using BulletinBot.Tests.Infrastructure;

namespace BulletinBot.Tests.Telegram;

public sealed class PollingBackoffTests
{
    [Fact]
    public async Task A_failing_poll_is_retried_with_growing_pauses_and_one_line_per_failure_after_the_first()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Api.FailNext("getUpdates", FakeFailure.ServerError(502), times: 3);

        await bot.Api.WaitForCallAsync("getUpdates", c => c.StatusCode == 200 && bot.Api.Calls.Count(f => f.StatusCode == 502) == 3, TimeSpan.FromSeconds(20));
        bot.Api.EnqueueMessage(501, 501, "/start");
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == 501);

        var failures = bot.Api.Calls.Where(c => c.Method == "getUpdates" && c.StatusCode == 502).Select(c => c.At).ToList();
        Assert.True(failures[2] - failures[1] > failures[1] - failures[0], $"pauses {failures[1] - failures[0]} then {failures[2] - failures[1]}");
        var lines = bot.Logs.Lines.Where(l => l.Contains("Polling Telegram failed", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Contains("   at ", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.DoesNotContain("   at ", l));
        Assert.All(lines.Skip(1), l => Assert.Contains("502", l));
    }
}
