using BulletinBot.Features.Reminders;
using BulletinBot.Scheduling;
using BulletinBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static BulletinBot.Tests.Features.Events.EventScenario;
using static BulletinBot.Tests.Features.Reminders.ReminderScenario;

namespace BulletinBot.Tests.Features.Reminders;

/// <summary>Event reminders with real Quartz on the bot's files, due seconds ahead.</summary>
public sealed class EventReminderTests
{
    private const long Alice = 501;
    private const long Bob = 502;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(40);

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
}
