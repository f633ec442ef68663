using BulletinBot.Tests.Infrastructure;
using static BulletinBot.Tests.Features.EventQueries.EventQueryScenario;

namespace BulletinBot.Tests.Features.EventQueries;

public sealed class UpcomingCommandTests
{
    private const long Alice = 501;

    [Fact]
    public async Task Upcoming_lists_the_soonest_first_without_past_or_cancelled_events()
    {
        await using var bot = await StartAsync();
        var later = await bot.AddEventAsync("Hội nghị sau", 5);
        var sooner = await bot.AddEventAsync("Hội nghị trước", 1, "Nhà văn hoá tỉnh Lào Cai");
        var past = await bot.AddEventAsync("Hội nghị đã qua", -3);
        var cancelled = await bot.AddEventAsync("Hội nghị bị huỷ", 2);
        await bot.CancelEventAsync(cancelled);

        var list = await bot.SayAsync(Alice, "/upcoming");

        Assert.Contains("2 sự kiện", list.Text);
        Assert.True(list.Text.IndexOf($"#{sooner}", StringComparison.Ordinal) < list.Text.IndexOf($"#{later}", StringComparison.Ordinal), list.Text);
        Assert.DoesNotContain($"#{past}", list.Text);
        Assert.DoesNotContain($"#{cancelled}", list.Text);
        Assert.Contains("📍 Nhà văn hoá tỉnh Lào Cai", list.Text);
        Assert.Equal([$"#{sooner}", $"#{later}"], BotConversation.ButtonLabels(list.ReplyMarkup));
    }

    [Fact]
    public async Task Nothing_coming_up_says_so_and_where_to_look_instead()
    {
        await using var bot = await StartAsync();

        var reply = await bot.SayAsync(Alice, "/upcoming");

        Assert.Contains("Chưa có sự kiện nào sắp tới", reply.Text);
        Assert.Contains("/search", reply.Text);
    }

    [Fact]
    public async Task Twelve_events_page_forward_and_back_in_the_same_message()
    {
        await using var bot = await StartAsync();
        for (var day = 1; day <= 12; day++)
        {
            await bot.AddEventAsync($"Hội nghị ngày thứ {day}", day);
        }

        var first = await bot.SayAsync(Alice, "/upcoming");
        Assert.Contains("trang 1/2", first.Text);
        Assert.Contains("#10", first.Text);
        Assert.DoesNotContain("#11", first.Text);
        Assert.DoesNotContain("Trang trước", string.Join(' ', BotConversation.ButtonLabels(first.ReplyMarkup)));

        bot.Press(first, "Trang sau");
        var second = await bot.EditOfAsync(Alice, first.MessageId, e => e.Text.Contains("trang 2/2", StringComparison.Ordinal));
        Assert.Contains("#12", second.Text);
        Assert.DoesNotContain("#10", second.Text);
        Assert.DoesNotContain("Trang sau", string.Join(' ', BotConversation.ButtonLabels(second.ReplyMarkup)));

        bot.Press(Alice, first.MessageId, second.ReplyMarkup, "Trang trước");
        var back = await bot.EditOfAsync(Alice, first.MessageId, e => e.Text.Contains("trang 1/2", StringComparison.Ordinal));
        Assert.Contains("<b>#1</b>", back.Text);
        Assert.Equal(1, bot.SentTo(Alice));
    }

    [Fact]
    public async Task A_page_of_a_list_that_has_shrunk_shows_the_last_page_there_is()
    {
        await using var bot = await StartAsync();
        for (var day = 1; day <= 12; day++)
        {
            await bot.AddEventAsync($"Hội nghị ngày thứ {day}", day);
        }

        var first = await bot.SayAsync(Alice, "/upcoming");
        foreach (var id in new long[] { 2, 4, 6, 8, 10 })
        {
            await bot.CancelEventAsync(id);
        }

        bot.Press(first, "Trang sau");
        var shrunk = await bot.EditOfAsync(Alice, first.MessageId, e => e.Text.Contains("đã thay đổi", StringComparison.Ordinal));

        Assert.Contains("7 sự kiện", shrunk.Text);
        Assert.Contains("#12", shrunk.Text);
        Assert.DoesNotContain("#10", shrunk.Text);
    }

    [Fact]
    public async Task A_press_on_a_list_whose_events_are_all_gone_says_nothing_is_coming()
    {
        await using var bot = await StartAsync();
        for (var day = 1; day <= 11; day++)
        {
            await bot.AddEventAsync($"Hội nghị ngày thứ {day}", day);
        }

        var first = await bot.SayAsync(Alice, "/upcoming");
        for (var id = 1; id <= 11; id++)
        {
            await bot.CancelEventAsync(id);
        }

        bot.Press(first, "Trang sau");

        await bot.EditOfAsync(Alice, first.MessageId, e => e.Text.Contains("Chưa có sự kiện nào sắp tới", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_event_button_under_the_list_opens_its_card()
    {
        await using var bot = await StartAsync();
        var id = await bot.AddEventAsync("Hội nghị tập huấn kỹ năng", 3);
        var list = await bot.SayAsync(Alice, "/upcoming");

        bot.Press(list, $"#{id}");
        var card = await bot.NextMessageAsync(Alice, 1);

        Assert.Contains($"📌 <b>#{id}</b>", card.Text);
        Assert.Contains("Hội nghị tập huấn kỹ năng", card.Text);
    }
}
