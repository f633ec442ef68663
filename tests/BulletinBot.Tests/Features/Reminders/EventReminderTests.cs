using BulletinBot.Delivery;
using BulletinBot.Features.Reminders;
using BulletinBot.Scheduling;
using BulletinBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using static BulletinBot.Tests.Features.Events.EventScenario;
using static BulletinBot.Tests.Features.Reminders.ReminderScenario;

namespace BulletinBot.Tests.Features.Reminders;

/// <summary>Event reminders with real Quartz on the bot's own files, each due a few seconds ahead.</summary>
public sealed class EventReminderTests
{
    private const long Alice = 501;
    private const long Bob = 502;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task A_reminder_reaches_every_subscriber_once()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SubscribeAsync(Alice, Bob);
        var start = StartIn(TimeSpan.FromMinutes(3));

        await bot.PublishDueInAsync("Hội nghị tập huấn công tác dân tộc", start, TimeSpan.FromSeconds(4));

        var reminders = await bot.Api.WaitForMessagesAsync(IsEventReminder, count: 2, Patience);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal([Alice, Bob], bot.Api.SentMessages.Where(IsEventReminder).Select(m => m.ChatId).Order());
        Assert.Contains("Hội nghị tập huấn công tác dân tộc", reminders[0].Text);
        Assert.Contains(Clock(start), reminders[0].Text);
        Assert.Contains("/event 1", reminders[0].Text);
        Assert.Equal(0, bot.Api.DuplicateCount);
    }

    [Fact]
    public async Task Moving_the_event_reminds_for_the_new_time_and_never_for_the_old()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SubscribeAsync(Alice);
        var first = StartIn(TimeSpan.FromMinutes(3));
        var oldDue = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(15);
        var id = await bot.PublishDueInAsync("Hội thảo chuyển đổi số", first, TimeSpan.FromSeconds(15));
        var second = first.AddMinutes(1);

        var card = await bot.EditTimeAsync(id, second);
        await bot.ChooseReminderAsync(id, second, TimeSpan.FromSeconds(4));
        bot.Press(card, "Đăng");

        var reminder = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice && IsEventReminder(m), timeout: Patience)).Single();
        Assert.Contains(Clock(second), reminder.Text);
        await Task.Delay(oldDue - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(4) is { Ticks: > 0 } wait ? wait : TimeSpan.Zero);
        Assert.Single(bot.RemindersTo(Alice));
    }

    [Fact]
    public async Task Cancelling_the_event_removes_its_reminder()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SubscribeAsync(Alice);
        var id = await bot.PublishDueInAsync("Hội nghị sơ kết", StartIn(TimeSpan.FromMinutes(3)), TimeSpan.FromSeconds(8));

        var confirm = await bot.SayAsync(Poster, $"/cancel {id}", match: m => m.Text.Contains("Huỷ sự kiện", StringComparison.Ordinal));
        bot.Press(confirm, $"Huỷ #{id}");
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice && m.Text.Contains('❌', StringComparison.Ordinal));

        Assert.Empty(await bot.Services.GetRequiredService<JobSchedule>().TriggersOfAsync(ReminderScheduler.JobOf(id), CancellationToken.None));
        await Task.Delay(TimeSpan.FromSeconds(10));
        Assert.Empty(bot.RemindersTo(Alice));
    }

    [Fact]
    public async Task A_trigger_still_firing_for_a_cancelled_event_or_an_old_time_sends_nothing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SubscribeAsync(Alice);
        var start = StartIn(TimeSpan.FromMinutes(5));
        var cancelled = await bot.PublishDueInAsync("Hội nghị bị huỷ", start, TimeSpan.FromMinutes(2));
        var moved = await bot.PublishDueInAsync("Hội nghị dời giờ", start, TimeSpan.FromMinutes(2));
        var stale = await PlannedAsync(bot, cancelled);
        var old = await PlannedAsync(bot, moved);

        var confirm = await bot.SayAsync(Poster, $"/cancel {cancelled}", match: m => m.Text.Contains("Huỷ sự kiện", StringComparison.Ordinal));
        bot.Press(confirm, $"Huỷ #{cancelled}");
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice && m.Text.Contains('❌', StringComparison.Ordinal));
        bot.Press(await bot.EditTimeAsync(moved, start.AddHours(1)), "Đăng");
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice && m.Text.Contains("Đổi giờ", StringComparison.Ordinal));

        // As a trigger already due in the same second as the change would: the job reads the event again first.
        var reminders = bot.Services.GetRequiredService<EventReminders>();
        await reminders.FireAsync(cancelled, stale.Offset, stale.Starts, DateTimeOffset.UtcNow, CancellationToken.None);
        await reminders.FireAsync(moved, old.Offset, old.Starts, DateTimeOffset.UtcNow, CancellationToken.None);

        var outbox = bot.Services.GetRequiredService<Outbox>();
        Assert.Empty(await outbox.RecipientsOfAsync(EventReminders.Key(cancelled, stale.Offset, stale.Starts), CancellationToken.None));
        Assert.Empty(await outbox.RecipientsOfAsync(EventReminders.Key(moved, old.Offset, old.Starts), CancellationToken.None));
        Assert.Empty(bot.RemindersTo(Alice));
    }

    [Fact]
    public async Task A_restart_on_the_same_files_keeps_a_pending_reminder()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SubscribeAsync(Alice);
        await bot.PublishDueInAsync("Lớp bồi dưỡng nghiệp vụ", StartIn(TimeSpan.FromMinutes(3)), TimeSpan.FromSeconds(10));

        await bot.RestartAsync();

        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice && IsEventReminder(m), timeout: Patience);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(bot.RemindersTo(Alice));
    }

    [Fact]
    public async Task A_reminder_missed_while_the_bot_was_stopped_is_sent_once_at_start()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SubscribeAsync(Alice);
        var due = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(6);
        await bot.PublishDueInAsync("Tọa đàm bình đẳng giới", StartIn(TimeSpan.FromMinutes(3)), TimeSpan.FromSeconds(6));

        await bot.StopHostAsync();
        await Task.Delay(due - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(3));
        await bot.RestartAsync();

        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice && IsEventReminder(m), timeout: Patience);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(bot.RemindersTo(Alice));
    }

    [Fact]
    public async Task A_reminder_missed_beyond_the_grace_is_skipped_and_deliveries_says_why()
    {
        await using var bot = await BotUnderTest.StartAsync(new Dictionary<string, string?> { ["BulletinBot:Reminders:MisfireGrace"] = "00:00:02" });
        await bot.SubscribeAsync(Alice);
        // Far enough ahead that publishing and stopping are over before it is due, even on a loaded machine.
        var due = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(15);
        await bot.PublishDueInAsync("Hội nghị triển khai BHXH", StartIn(TimeSpan.FromMinutes(3)), TimeSpan.FromSeconds(15));

        await bot.StopHostAsync();
        Assert.True(DateTimeOffset.UtcNow < due, "the bot stopped after the reminder was due; the run proves nothing");
        // The trigger was set a moment after `due` was taken (posting came first): wait well past both.
        await Task.Delay(due - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(10));
        await bot.RestartAsync();

        await bot.WaitForDatabaseAsync("SELECT count(*) FROM event_reminder_log WHERE outcome = 'skipped'", Patience);
        // The publishing's own "done" report may still reach the poster late on a loaded machine: wait for the list itself.
        var deliveries = await bot.SayAsync(Poster, "/deliveries", match: m => m.Text.Contains("Hội nghị triển khai BHXH", StringComparison.Ordinal));
        Assert.Contains("bị bỏ qua", deliveries.Text);
        Assert.Contains("Hội nghị triển khai BHXH", deliveries.Text);
        Assert.Contains("bot không chạy", deliveries.Text);
        Assert.Empty(bot.RemindersTo(Alice));
    }

    [Fact]
    public async Task A_chat_that_turned_reminders_off_in_settings_gets_none()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SubscribeAsync(Alice, Bob);
        var settings = await bot.SayAsync(Bob, "/settings");
        bot.Press(settings, "Tắt nhắc");
        var turnedOff = await bot.EditOfAsync(Bob, settings.MessageId);
        Assert.Contains("Nhắc trước sự kiện: tắt", turnedOff.Text);

        await bot.PublishDueInAsync("Hội nghị học tập nghị quyết", StartIn(TimeSpan.FromMinutes(3)), TimeSpan.FromSeconds(4));

        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice && IsEventReminder(m), timeout: Patience);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Empty(bot.RemindersTo(Bob));
        Assert.Contains(bot.Api.SentMessages, m => m.ChatId == Bob && m.Text.Contains("📣", StringComparison.Ordinal));
    }

    private static async Task<(string Offset, string Starts)> PlannedAsync(BotUnderTest bot, long eventId)
    {
        var trigger = (await bot.Services.GetRequiredService<JobSchedule>().TriggersOfAsync(ReminderScheduler.JobOf(eventId), CancellationToken.None)).Single();
        return (trigger.JobDataMap.GetString(EventReminderJob.Offset) ?? "", trigger.JobDataMap.GetString(EventReminderJob.Starts) ?? "");
    }
}
