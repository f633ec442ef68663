using BulletinBot.Features.Reminders;
using BulletinBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static BulletinBot.Tests.Features.Events.EventScenario;

namespace BulletinBot.Tests.Features.Reminders;

/// <summary>Personal reminders: /remind, ⏰ Nhắc tôi, /reminders and the snooze buttons.</summary>
public sealed class RemindCommandTests
{
    private const long Alice = 501;
    private const long Bob = 502;
    private const long Group = -930;

    [Fact]
    public async Task Remind_alone_explains_every_way_to_say_when()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var help = await bot.SayAsync(Alice, "/remind");

        foreach (var form in new[] { "/remind 17 2h", "thứ 2 8:00", "chủ nhật 19h", "ngày mai 8h", "tối nay", "16/8 7:30", "16/08/2026 07:30", "/reminders" })
        {
            Assert.Contains(form, help.Text);
        }
    }

    [Fact]
    public async Task A_reminder_set_with_remind_is_listed_and_its_button_deletes_it()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.PublishAsync(await bot.PostAsync("Hội nghị tập huấn pháp luật", FutureDay() + " 08:00"));
        var earliest = Shown(DateTimeOffset.UtcNow.AddHours(2));

        var set = await bot.SayAsync(Alice, "/remind 1 2h");
        var latest = Shown(DateTimeOffset.UtcNow.AddHours(2));
        var list = await bot.SayAsync(Alice, "/reminders");
        bot.Press(list, "✖ 1.");
        var emptied = await bot.EditOfAsync(Alice, list.MessageId);

        Assert.Contains("Sẽ nhắc bạn lúc", set.Text);
        Assert.True(set.Text.Contains(earliest, StringComparison.Ordinal) || set.Text.Contains(latest, StringComparison.Ordinal), set.Text);
        Assert.Contains("Hội nghị tập huấn pháp luật", list.Text);
        Assert.Contains("(1)", list.Text);
        Assert.Contains("chưa có nhắc nào", emptied.Text);
    }

    [Theory]
    [InlineData("/remind 1 16/08/2020 07:30", "đã qua")]
    [InlineData("/remind 1 60d", "sau khi sự kiện #1 bắt đầu")]
    [InlineData("/remind 99 2h", "Không có sự kiện đã đăng nào số 99")]
    [InlineData("/remind 1 khi nào rảnh", "Chưa hiểu thời điểm")]
    [InlineData("/remind 1", "Nhắc lúc nào?")]
    [InlineData("/remind hội nghị mai", "Cần số sự kiện")]
    public async Task A_time_that_cannot_be_used_gets_a_clear_reply_with_an_example(string text, string expected)
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.PublishAsync(await bot.PostAsync("Hội nghị", FutureDay() + " 08:00"));

        var reply = await bot.SayAsync(Alice, text);

        Assert.Contains(expected, reply.Text);
        Assert.Empty(await bot.Services.GetRequiredService<ReminderStore>().PendingAsync(Alice, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Nhac_toi_under_the_notice_sets_a_reminder_an_hour_before()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SubscribeAsync(Alice);
        var day = FutureDay();
        await bot.PublishAsync(await bot.PostAsync("Hội thảo chuyển đổi số", day + " 08:00"));
        var notice = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice && m.Text.Contains("📣", StringComparison.Ordinal))).Single();
        var seen = bot.SentTo(Alice);

        bot.Press(notice, "⏰ Nhắc tôi");

        var confirmation = await bot.NextMessageAsync(Alice, seen);
        Assert.Contains($"{day} 07:00", confirmation.Text);
        Assert.Contains("Hội thảo chuyển đổi số", confirmation.Text);
    }

    [Fact]
    public async Task Nhac_toi_pressed_in_a_group_confirms_privately_and_the_group_sees_nothing_new()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Api.SetGroupMember(Group, Alice, "creator");
        await bot.SayAsync(Group, "/subscribe", userId: Alice);
        await bot.SayAsync(Bob, "/start");
        await bot.PublishAsync(await bot.PostAsync("Hội nghị sơ kết", FutureDay() + " 14:00"));
        var notice = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == Group && m.Text.Contains("📣", StringComparison.Ordinal))).Single();
        var inGroup = bot.SentTo(Group);
        var privately = bot.SentTo(Bob);

        bot.Press(notice, "Nhắc tôi", userId: Bob);

        var confirmation = await bot.NextMessageAsync(Bob, privately);
        Assert.Contains("13:00", confirmation.Text);
        await Task.Delay(300);
        Assert.Equal(inGroup, bot.SentTo(Group));
    }

    [Fact]
    public async Task A_personal_reminder_arrives_with_snooze_buttons_and_snoozing_brings_it_back_later()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(Alice, "/start");
        await bot.PublishAsync(await bot.PostAsync("Lớp bồi dưỡng nghiệp vụ", FutureDay() + " 08:00"));

        // To the second, unlike /remind (whole minutes), so real Quartz fires within seconds.
        await bot.Services.GetRequiredService<ReminderStore>().AddAsync(Alice, 1, DateTimeOffset.UtcNow.AddSeconds(3), CancellationToken.None);
        await bot.Services.GetRequiredService<PersonalReminders>().EnsureNextAsync(CancellationToken.None);

        var reminder = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice && m.Text.Contains("Nhắc bạn", StringComparison.Ordinal), timeout: TimeSpan.FromSeconds(40))).Single();
        Assert.Contains("Lớp bồi dưỡng nghiệp vụ", reminder.Text);
        Assert.Equal(["💤 10 phút", "💤 1 giờ", "💤 Ngày mai"], BotConversation.ButtonLabels(reminder.ReplyMarkup));

        bot.Press(reminder, "10 phút");

        var snoozed = await bot.EditOfAsync(Alice, reminder.MessageId);
        Assert.Contains("Sẽ nhắc lại lúc", snoozed.Text);
        var list = await bot.SayAsync(Alice, "/reminders");
        Assert.Contains("(1)", list.Text);
    }

    private static string Shown(DateTimeOffset instant) =>
        ReminderScenario.Typed(PersonalReminders.OnTheMinute(instant));
}
