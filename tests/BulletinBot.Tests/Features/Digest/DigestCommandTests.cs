using BulletinBot.FakeBotApi;
using BulletinBot.Features.Digest;
using BulletinBot.Scheduling;
using BulletinBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using static BulletinBot.Tests.Features.Events.EventScenario;

namespace BulletinBot.Tests.Features.Digest;

/// <summary>The weekly digest: /digest preview and now, each chat's own slot, nothing sent when there is nothing to say.</summary>
public sealed class DigestCommandTests
{
    private const long Alice = 501;
    private const long Bob = 502;
    private const long Admin = BotUnderTest.AdminId;

    [Fact]
    public async Task Preview_shows_this_chats_digest_and_sends_nothing_else()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SubscribeAsync(Alice, Admin);
        await bot.PublishAsync(await bot.PostAsync("Hội nghị tập huấn công tác dân tộc", FutureDay(5) + " 08:00", "Hội trường UBND tỉnh, Yên Bái"));
        await bot.Api.WaitForMessagesAsync(m => m.Text.Contains("📣", StringComparison.Ordinal), count: 2);
        var toAlice = bot.SentTo(Alice);

        var preview = await bot.SayAsync(Admin, "/digest preview", match: IsDigest);

        Assert.Contains("Sắp diễn ra (14 ngày tới)", preview.Text);
        Assert.Contains("Hội nghị mới đăng (7 ngày qua)", preview.Text);
        Assert.Contains("Hội nghị tập huấn công tác dân tộc", preview.Text);
        Assert.Contains(FutureDay(5), preview.Text);
        await Task.Delay(500);
        Assert.Equal(toAlice, bot.SentTo(Alice));
    }

    [Fact]
    public async Task Digest_now_reaches_every_subscriber_once_even_when_pressed_twice()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SubscribeAsync(Alice, Bob);
        await bot.PublishAsync(await bot.PostAsync("Hội thảo chuyển đổi số", FutureDay(3)));

        var first = await bot.SayAsync(Admin, "/digest now", match: m => m.Text.Contains("bản tin", StringComparison.OrdinalIgnoreCase));
        var second = await bot.SayAsync(Admin, "/digest now", match: m => m.Text.Contains("bản tin", StringComparison.OrdinalIgnoreCase));

        await bot.Api.WaitForMessagesAsync(IsDigest, count: 2);
        await Task.Delay(1000);
        Assert.Equal([Alice, Bob], bot.Api.SentMessages.Where(IsDigest).Select(m => m.ChatId).Order());
        Assert.Contains("tới 2 chat", first.Text);
        Assert.Contains("2 chat đã nhận bản tin tuần này", second.Text);

        bot.Press(second, "Tiến độ");
        var progress = await bot.EditOfAsync(Admin, second.MessageId);
        Assert.Contains("2/2", progress.Text);
    }

    [Fact]
    public async Task A_chat_whose_filters_match_nothing_gets_no_digest()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(Alice, "/subscribe Hà Giang");
        await bot.SubscribeAsync(Bob);
        await bot.PublishAsync(await bot.PostAsync("Hội nghị tại Huế", FutureDay(4), "Trung tâm Hội nghị tỉnh, Huế"));

        await bot.SayAsync(Admin, "/digest now", match: m => m.Text.Contains("bản tin", StringComparison.OrdinalIgnoreCase));

        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Bob && IsDigest(m));
        await Task.Delay(1000);
        Assert.DoesNotContain(bot.Api.SentMessages, m => m.ChatId == Alice && IsDigest(m));
        var preview = await bot.SayAsync(Alice, "/digest preview", userId: Admin, match: m => m.Text.Contains("trống", StringComparison.Ordinal) || IsDigest(m));
        Assert.Contains("trống", preview.Text);
    }

    [Fact]
    public async Task A_chat_that_picks_its_own_day_and_hour_gets_the_digest_only_in_that_slot()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SubscribeAsync(Alice, Bob);
        await bot.PublishAsync(await bot.PostAsync("Lớp bồi dưỡng nghiệp vụ", FutureDay(6)));

        var card = await bot.SayAsync(Alice, "/settings", match: m => m.Text.Contains("Cài đặt", StringComparison.Ordinal));
        bot.Press(card, "Đổi lịch bản tin");
        var days = await bot.EditOfAsync(Alice, card.MessageId, e => e.Text.Contains("ngày nào", StringComparison.Ordinal));
        bot.Press(Alice, card.MessageId, days.ReplyMarkup, "Thứ Sáu");
        var hours = await bot.EditOfAsync(Alice, card.MessageId, e => e.Text.Contains("mấy giờ", StringComparison.Ordinal));
        bot.Press(Alice, card.MessageId, hours.ReplyMarkup, "17:00");
        var chosen = await bot.EditOfAsync(Alice, card.MessageId, e => e.Text.Contains("Bản tin tuần: Thứ Sáu 17:00", StringComparison.Ordinal));
        Assert.Contains("Bản tin tuần: Thứ Sáu 17:00", chosen.Text);

        var schedule = bot.Services.GetRequiredService<JobSchedule>();
        var scheduler = await schedule.SchedulerAsync(CancellationToken.None);
        var trigger = await scheduler.GetTrigger(DigestScheduler.TriggerOf("d5h17"), CancellationToken.None);
        var next = TimeZoneInfo.ConvertTime(trigger?.NextFireTimeUtc ?? default, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"));
        Assert.Equal((DayOfWeek.Friday, 17, 0), (next.DayOfWeek, next.Hour, next.Minute));

        // Fire both slots now, through Quartz, as their weekly triggers would.
        await scheduler.TriggerJob(DigestScheduler.Job, new JobDataMap { [DigestJob.Slot] = "d5h17" }, CancellationToken.None);
        var own = await bot.Api.WaitForMessagesAsync(IsDigest, timeout: TimeSpan.FromSeconds(30));
        await scheduler.TriggerJob(DigestScheduler.Job, new JobDataMap { [DigestJob.Slot] = DigestSlot.Default }, CancellationToken.None);
        await bot.Api.WaitForMessagesAsync(IsDigest, count: 2, timeout: TimeSpan.FromSeconds(30));
        await Task.Delay(1000);

        Assert.Equal(Alice, own.Single().ChatId);
        Assert.Equal([Alice, Bob], bot.Api.SentMessages.Where(IsDigest).Select(m => m.ChatId).Order());
    }

    [Fact]
    public async Task A_digest_due_while_the_bot_was_down_too_long_is_skipped_and_deliveries_says_so()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SubscribeAsync(Alice);
        await bot.PublishAsync(await bot.PostAsync("Hội nghị", FutureDay(2)));

        await bot.Services.GetRequiredService<DigestSender>().SendSlotAsync(DigestSlot.Default, DateTimeOffset.UtcNow.AddHours(-7), CancellationToken.None);

        var deliveries = await bot.SayAsync(Admin, "/deliveries");
        Assert.Contains("bản tin tuần", deliveries.Text);
        Assert.Contains("bot không chạy", deliveries.Text);
        Assert.DoesNotContain(bot.Api.SentMessages, IsDigest);
    }

    private static bool IsDigest(SentMessage message) => message.Text.Contains("📰", StringComparison.Ordinal);
}
