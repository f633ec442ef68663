using BulletinBot.FakeBotApi;
using BulletinBot.Tests.Infrastructure;

namespace BulletinBot.Tests.Delivery;

/// <summary>What reaches the admins when Telegram refuses a message: real incidents once per kind, expected refusals never.</summary>
public sealed class DeliveryIncidentsTests
{
    private const long Admin = BotUnderTest.AdminId;
    private const long Alice = 501;

    private const string Unsettled = "SELECT count(*) = 0 FROM deliveries WHERE state IN ('pending', 'retry', 'sending')";

    [Fact]
    public async Task Presses_on_a_card_telegram_can_no_longer_edit_redraw_it_as_a_new_message_and_alert_nobody()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Api.EnqueueMessage(Admin, Admin, "/start");
        bot.Api.EnqueueMessage(Alice, Alice, "/settings");
        var card = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice)).Single();
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Admin);
        foreach (var stale in new[] { "Bad Request: message can't be edited", "Bad Request: message to edit not found", "Bad Request: MESSAGE_ID_INVALID" })
        {
            bot.Api.FailNext("editMessageText", FakeFailure.BadRequest(stale), chatId: Alice);
        }

        foreach (var data in new[] { "lang:en", "lang:vi", "lang:en" })
        {
            bot.Api.EnqueueCallback(Alice, Alice, card.MessageId, data);
        }

        var redrawn = await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice && m.MessageId != card.MessageId && m.ReplyMarkup is not null, count: 3);
        await bot.WaitForDatabaseAsync(Unsettled);
        Assert.Equal(["Language: English", "Ngôn ngữ: Tiếng Việt", "Language: English"], redrawn.Select(m => m.Text.Split('\n')[1]));
        Assert.Single(bot.Api.SentMessages, m => m.ChatId == Admin);
        await bot.WaitForDatabaseAsync("SELECT count(*) = 0 FROM broadcasts WHERE kind = 'incident'");
    }

    [Fact]
    public async Task Many_refusals_of_one_kind_reach_the_admins_as_one_alert()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Api.EnqueueMessage(Admin, Admin, "/start");
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Admin);
        long[] staff = [701, 702, 703, 704, 705];
        foreach (var chat in staff)
        {
            bot.Api.FailNext("sendMessage", FakeFailure.BadRequest($"Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset {chat - 690}"), chatId: chat);
            bot.Api.EnqueueMessage(chat, chat, "/start");
        }

        await bot.WaitForDatabaseAsync("SELECT count(*) = 5 FROM deliveries WHERE state = 'failed'");
        await bot.WaitForDatabaseAsync(Unsettled);

        var alert = Assert.Single(bot.Api.SentMessages, m => m.ChatId == Admin && m.Text.Contains("từ chối", StringComparison.Ordinal));
        Assert.Contains("can't parse entities", alert.Text);
    }
}
