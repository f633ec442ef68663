using BulletinBot.Tests.Infrastructure;

namespace BulletinBot.Tests.Features.Settings;

public sealed class SettingsCommandTests
{
    private const long Alice = 501;
    private const long Group = -910;

    [Fact]
    public async Task Settings_language_button_switches_to_English_in_the_same_message()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Api.EnqueueMessage(Alice, Alice, "/settings");
        var card = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice)).Single();
        Assert.Contains("Ngôn ngữ", card.Text);

        bot.Api.EnqueueCallback(Alice, Alice, card.MessageId, "lang:en");

        await bot.Api.WaitForCallAsync("editMessageText");
        var edited = bot.Api.EditedMessages.Single();
        Assert.Equal(card.MessageId, edited.MessageId);
        Assert.Contains("Language: English", edited.Text);
        await bot.Api.WaitForCallAsync("answerCallbackQuery");

        bot.Api.EnqueueMessage(Alice, Alice, "/subscribe");
        var next = await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice, count: 2);
        Assert.Contains("Subscribed", next[1].Text);
    }

    [Fact]
    public async Task Settings_lists_filters_and_a_press_removes_one()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(Alice, "/subscribe Bình Thuận, miền Bắc");

        var card = await bot.SayAsync(Alice, "/settings");
        Assert.Contains("Bình Thuận → Lâm Đồng", card.Text);
        Assert.Contains("miền Bắc", card.Text);

        bot.Press(card, "✖ miền Bắc");

        var redrawn = await bot.EditOfAsync(Alice, card.MessageId);
        Assert.DoesNotContain("miền Bắc", redrawn.Text);
        Assert.Contains("Bình Thuận", redrawn.Text);
    }

    [Fact]
    public async Task A_group_member_cannot_change_the_groups_settings()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var card = await bot.SayAsync(Group, "/settings@bulletin_test_bot", userId: Alice);

        bot.Press(card, "English", userId: Alice);

        await bot.Api.WaitForCallAsync("answerCallbackQuery", c =>
            c.Body.TryGetProperty("text", out var notice) && (notice.GetString() ?? "").Contains("quản trị viên", StringComparison.Ordinal));
        Assert.Empty(bot.Api.EditedMessages);
    }
}
