using BulletinBot.Tests.Infrastructure;

namespace BulletinBot.Tests.Features;

public sealed class SubscriptionTests
{
    private const long Alice = 501;

    [Fact]
    public async Task Subscription_survives_a_restart_of_the_bot()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Api.EnqueueMessage(Alice, Alice, "/subscribe");
        var first = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice)).Single();
        Assert.Contains("Đã đăng ký", first.Text);

        await bot.RestartAsync();
        bot.Api.EnqueueMessage(Alice, Alice, "/subscribe");

        var second = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice, count: 2))[1];
        Assert.Contains("đã đăng ký từ trước", second.Text);
    }

    [Fact]
    public async Task Unsubscribe_twice_says_what_changed_each_time()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Api.EnqueueMessage(Alice, Alice, "/subscribe");
        bot.Api.EnqueueMessage(Alice, Alice, "/unsubscribe");
        bot.Api.EnqueueMessage(Alice, Alice, "/unsubscribe");

        var replies = await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice, count: 3);

        Assert.Contains("Đã hủy đăng ký", replies[1].Text);
        Assert.Contains("chưa đăng ký", replies[2].Text);
    }
}
