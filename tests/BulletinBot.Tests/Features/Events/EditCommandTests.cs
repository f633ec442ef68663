using BulletinBot.Tests.Infrastructure;
using static BulletinBot.Tests.Features.Events.EventScenario;

namespace BulletinBot.Tests.Features.Events;

public sealed class EditCommandTests
{
    private const long Alice = 501;
    private const long Bob = 502;
    private const long Latecomer = 503;

    [Fact]
    public async Task A_new_time_is_told_once_to_the_chats_that_got_the_notice_and_no_one_else()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SubscribeAsync(Alice, Bob);
        await bot.PublishAsync(await bot.PostAsync("Hội nghị tập huấn pháp luật", FutureDay() + " 08:00"));
        await bot.Api.WaitForMessagesAsync(m => m.Text.Contains("📣", StringComparison.Ordinal), count: 2);
        await bot.SubscribeAsync(Latecomer);

        var card = await bot.SayAsync(Poster, "/edit 1", match: m => m.Text.Contains("Sửa sự kiện", StringComparison.Ordinal));
        bot.Press(card, "Sửa");
        var fields = await bot.EditOfAsync(Poster, card.MessageId);
        var seen = bot.SentTo(Poster);
        bot.Press(Poster, card.MessageId, fields.ReplyMarkup, "Ngày giờ");
        var prompt = await bot.NextMessageAsync(Poster, seen, m => m.Text.Contains("Ví dụ", StringComparison.Ordinal));
        Assert.Contains("16/08/2026 08:00", prompt.Text);
        var changed = await bot.SayAsync(Poster, FutureDay() + " 14:00", match: m => m.Text.Contains("Sửa sự kiện", StringComparison.Ordinal));
        Assert.Contains("14:00", changed.Text);
        bot.Press(changed, "Đăng");

        var told = await bot.Api.WaitForMessagesAsync(m => m.Text.Contains("Đổi giờ", StringComparison.Ordinal), count: 2);
        await Task.Delay(400);
        Assert.Equal([Alice, Bob], bot.Api.SentMessages.Where(m => m.Text.Contains("Đổi giờ", StringComparison.Ordinal)).Select(m => m.ChatId).Order());
        Assert.Contains("08:00 → 14:00", told[0].Text);
    }

    [Fact]
    public async Task Nothing_is_told_until_the_changes_are_published()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SubscribeAsync(Alice);
        await bot.PublishAsync(await bot.PostAsync("Tọa đàm", FutureDay()));
        var card = await bot.SayAsync(Poster, "/edit #1", match: m => m.Text.Contains("Sửa sự kiện", StringComparison.Ordinal));
        bot.Press(card, "Sửa");
        var fields = await bot.EditOfAsync(Poster, card.MessageId);
        var seen = bot.SentTo(Poster);
        bot.Press(Poster, card.MessageId, fields.ReplyMarkup, "Tên");
        await bot.NextMessageAsync(Poster, seen, m => m.Text.Contains("Ví dụ", StringComparison.Ordinal));

        var preview = await bot.SayAsync(Poster, "Tọa đàm về bình đẳng giới", match: m => m.Text.Contains("Sửa sự kiện", StringComparison.Ordinal));
        var left = await bot.SayAsync(Poster, "/cancel", match: m => m.Text.Contains("thoát", StringComparison.Ordinal));

        Assert.Contains("Tọa đàm về bình đẳng giới", preview.Text);
        Assert.Contains("Đã thoát", left.Text);
        await Task.Delay(300);
        Assert.DoesNotContain(bot.Api.SentMessages, m => m.ChatId == Alice && m.Text.Contains("Cập nhật", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/edit", "Cần số")]
    [InlineData("/edit abc", "Cần số")]
    [InlineData("/edit 999999", "Không có sự kiện #999999")]
    public async Task Bad_edit_requests_say_what_is_wrong(string text, string expected)
    {
        await using var bot = await BotUnderTest.StartAsync();

        var reply = await bot.SayAsync(Poster, text);

        Assert.Contains(expected, reply.Text);
    }
}
