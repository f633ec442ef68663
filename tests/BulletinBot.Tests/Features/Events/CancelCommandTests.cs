using BulletinBot.Tests.Infrastructure;
using static BulletinBot.Tests.Features.Events.EventScenario;

namespace BulletinBot.Tests.Features.Events;

public sealed class CancelCommandTests
{
    private const long Alice = 501;
    private const long Bob = 502;

    [Fact]
    public async Task A_confirmed_cancellation_is_told_once_to_the_same_chats()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SubscribeAsync(Alice, Bob);
        await bot.PublishAsync(await bot.PostAsync("Hội nghị sơ kết", FutureDay()));
        await bot.Api.WaitForMessagesAsync(m => m.Text.Contains("📣", StringComparison.Ordinal), count: 2);

        var confirm = await bot.SayAsync(Poster, "/cancel 1", match: m => m.Text.Contains("Huỷ sự kiện", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Api.SentMessages, m => m.Text.Contains("Huỷ sự kiện #1", StringComparison.Ordinal) && m.ChatId != Poster);
        bot.Press(confirm, "Huỷ #1");
        bot.Press(confirm, "Huỷ #1");

        await bot.Api.WaitForMessagesAsync(m => m.Text.Contains('❌', StringComparison.Ordinal) && m.ChatId != Poster, count: 2);
        await Task.Delay(400);
        Assert.Equal([Alice, Bob], bot.Api.SentMessages.Where(m => m.Text.Contains("Huỷ sự kiện", StringComparison.Ordinal) && m.ChatId != Poster).Select(m => m.ChatId).Order());
    }

    [Fact]
    public async Task Cancel_alone_leaves_an_open_form()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(Poster, "/post");

        var left = await bot.SayAsync(Poster, "/cancel");
        var after = await bot.SayAsync(Poster, "Hội nghị không còn là câu trả lời");

        Assert.Contains("Đã thoát", left.Text);
        Assert.DoesNotContain("Bước 2/4", after.Text);
    }

    [Fact]
    public async Task Someone_elses_event_cannot_be_cancelled_by_an_organizer()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.PublishAsync(await bot.PostAsync("Hội nghị", FutureDay()));
        await bot.SayAsync(Alice, "/start");
        await bot.SayAsync(Poster, $"/grant {Alice} organizer");

        var reply = await bot.SayAsync(Alice, "/cancel 1", match: m => !m.Text.Contains("🎉", StringComparison.Ordinal));

        Assert.Contains("Chỉ người đăng", reply.Text);
    }
}
