using BulletinBot.FakeBotApi;
using BulletinBot.Tests.Infrastructure;

namespace BulletinBot.Tests.Delivery;

/// <summary>One chat's backlog must never hold up everyone else: chats take turns, replies still before broadcasts.</summary>
public sealed class DeliveryFairnessTests
{
    private const long Flooder = 501;

    // At 10 a second the worker claims 20 rows at a time; a flood of 45 used to fill every claim for the next 25 seconds.
    private const int Flood = 45;

    private static readonly Dictionary<string, string?> SlowBot = new() { ["BulletinBot:Delivery:GlobalPerSecond"] = "10" };

    [Fact]
    public async Task New_users_are_answered_before_a_flooding_chat_has_worked_through_its_backlog()
    {
        await using var bot = await BotUnderTest.StartAsync(SlowBot, new FakeBotApiOptions { Limits = new FakeRateLimits(GlobalPerSecond: 10) });
        for (var i = 0; i < Flood; i++)
        {
            bot.Api.EnqueueMessage(Flooder, Flooder, "/start");
        }

        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Flooder);
        long[] newcomers = [601, 602, 603, 604, 605];
        foreach (var chat in newcomers)
        {
            bot.Api.EnqueueMessage(chat, chat, "/help");
        }

        await bot.Api.WaitForMessagesAsync(m => newcomers.Contains(m.ChatId), count: newcomers.Length);
        var flooderServed = bot.Api.SentMessages.Count(m => m.ChatId == Flooder);
        Assert.True(flooderServed < 10, $"the newcomers waited until the flooding chat had {flooderServed} of its {Flood} replies");
        Assert.Equal(0, bot.Api.TooManyRequestsCount);
    }

    [Fact]
    public async Task Six_quick_commands_in_a_group_are_all_answered_without_a_429()
    {
        const long group = -700;
        await using var bot = await BotUnderTest.StartAsync(apiOptions: new FakeBotApiOptions { Limits = new FakeRateLimits() });
        string[] asked = ["/help@bulletin_test_bot", "/start@bulletin_test_bot", "/settings@bulletin_test_bot", "/help@bulletin_test_bot", "/start@bulletin_test_bot", "/help@bulletin_test_bot"];
        foreach (var text in asked)
        {
            bot.Api.EnqueueMessage(group, 501, text, chatType: "group");
        }

        await bot.Api.WaitForMessagesAsync(m => m.ChatId == group, count: asked.Length);

        Assert.Equal(0, bot.Api.TooManyRequestsCount);
    }

    [Fact]
    public async Task A_chat_receives_its_replies_in_the_order_it_asked()
    {
        await using var bot = await BotUnderTest.StartAsync(apiOptions: new FakeBotApiOptions { Limits = new FakeRateLimits() });
        string[] asked = ["/start", "/help", "/settings", "/start", "/help"];
        foreach (var text in asked)
        {
            bot.Api.EnqueueMessage(Flooder, Flooder, text);
        }

        var replies = await bot.Api.WaitForMessagesAsync(m => m.ChatId == Flooder, count: asked.Length);
        string[] expected = ["Xin chào", "Các lệnh", "Cài đặt", "Xin chào", "Các lệnh"];
        Assert.All(expected.Zip(replies), pair => Assert.Contains(pair.First, pair.Second.Text));
        Assert.Equal(0, bot.Api.TooManyRequestsCount);
    }
}
