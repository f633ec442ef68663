using System.Text;
using BulletinBot.Articles;
using BulletinBot.Features.Events;
using BulletinBot.Tests.Features.Events;
using BulletinBot.Tests.Infrastructure;
using Ical.Net;
using static BulletinBot.Tests.Features.EventQueries.EventQueryScenario;

namespace BulletinBot.Tests.Features.EventQueries;

public sealed class EventCommandTests
{
    private const long Alice = 501;

    [Fact]
    public async Task The_card_shows_summary_topics_people_organizers_delegates_and_source()
    {
        await using var bot = await StartAsync();
        var id = await bot.AddEventAsync(new EventFields
        {
            Title = "Hội nghị tập huấn công tác dân vận năm 2026",
            Date = Today.AddDays(10),
            Time = new TimeOnly(8, 0),
            Venue = "Hội trường UBND tỉnh Hà Giang",
            Attendees = 250,
            AttendeesAtLeast = true,
            ProvincesCount = 14,
            Topics = ["Dân vận khéo", "Chuyển đổi số ở cơ sở"],
            People = [new ArticlePerson("Nguyễn Thị Lan", "Phó Trưởng ban Dân vận Tỉnh ủy")],
            Organizers = ["Ban Dân vận Tỉnh ủy"],
            Summary = "Hội nghị giúp cán bộ cơ sở nắm vững phương pháp vận động quần chúng.",
            SourceUrl = "https://baohagiang.vn/hoi-nghi-dan-van",
        });

        var card = await bot.SayAsync(Alice, $"/event {id}");

        foreach (var part in new[]
        {
            $"#{id}", "Hội nghị tập huấn công tác dân vận năm 2026", "08:00", "Hà Giang, nay thuộc Tuyên Quang", "hơn 250 đại biểu", "14 tỉnh, thành phố",
            "Dân vận khéo", "Nguyễn Thị Lan — Phó Trưởng ban Dân vận Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "vận động quần chúng", "https://baohagiang.vn/hoi-nghi-dan-van",
        })
        {
            Assert.Contains(part, card.Text);
        }

        Assert.Equal(["📅 Thêm vào lịch", "⏰ Nhắc tôi"], BotConversation.ButtonLabels(card.ReplyMarkup));
    }

    [Fact]
    public async Task Nhac_toi_under_the_card_sets_a_reminder_an_hour_before_the_event()
    {
        await using var bot = await StartAsync();
        var day = EventScenario.FutureDay(5);
        await bot.PublishAsync(await bot.PostAsync("Lớp bồi dưỡng nghiệp vụ thuế", day + " 14:30"));
        var card = await bot.SayAsync(Alice, "/event 1");
        var seen = bot.SentTo(Alice);

        bot.Press(card, "⏰ Nhắc tôi");

        var confirmation = await bot.NextMessageAsync(Alice, seen);
        Assert.Contains($"{day} 13:30", confirmation.Text);
        Assert.Contains("Lớp bồi dưỡng nghiệp vụ thuế", confirmation.Text);
    }

    [Theory]
    [InlineData("/event abc", "Ví dụ: <code>/event 12</code>")]
    [InlineData("/event", "Ví dụ: <code>/event 12</code>")]
    [InlineData("/event -3", "Ví dụ: <code>/event 12</code>")]
    [InlineData("/event 999999", "Không có sự kiện #999999")]
    [InlineData("/event 99999999999999999999999", "Ví dụ: <code>/event 12</code>")]
    public async Task A_wrong_id_gets_one_short_reply_that_says_what_to_type(string text, string said)
    {
        await using var bot = await StartAsync();

        var reply = await bot.SayAsync(Alice, text);
        await Task.Delay(300);

        Assert.Contains(said, reply.Text);
        Assert.Equal(1, bot.SentTo(Alice));
    }

    [Fact]
    public async Task A_draft_is_nobody_elses_business()
    {
        await using var bot = await StartAsync();
        await bot.PostAsync("Hội nghị chưa đăng", EventScenario.FutureDay());

        Assert.Contains("Không có sự kiện #1", (await bot.SayAsync(Alice, "/event 1")).Text);
        Assert.Contains("bản nháp", (await bot.SayAsync(AdminUser, "/event 1")).Text);
    }

    [Fact]
    public async Task A_cancelled_event_says_so_and_offers_no_calendar()
    {
        await using var bot = await StartAsync();
        var id = await bot.AddEventAsync("Hội nghị bị huỷ", 4);
        await bot.CancelEventAsync(id);

        var card = await bot.SayAsync(Alice, $"/event {id}");

        Assert.Contains("❌ Đã huỷ", card.Text);
        Assert.Empty(BotConversation.ButtonLabels(card.ReplyMarkup));
    }

    [Fact]
    public async Task Add_to_calendar_sends_an_ics_file_that_a_calendar_reads_back_at_the_offices_time()
    {
        await using var bot = await StartAsync();
        var day = Today.AddDays(10);
        var id = await bot.AddEventAsync(new EventFields
        {
            Title = "Hội nghị Đảng bộ tỉnh, lần thứ XX", Date = day, Time = new TimeOnly(8, 30), Venue = "Hội trường tỉnh Lào Cai",
        });
        var card = await bot.SayAsync(Alice, $"/event {id}");

        var file = await bot.DocumentAfterAsync(Alice, () => bot.Press(card, "Thêm vào lịch"));

        Assert.Equal($"su-kien-{id}.ics", file.FileName);
        var calendar = Calendar.Load(Encoding.UTF8.GetString(file.Content)) ?? throw new InvalidOperationException("Not a calendar");
        var entry = Assert.Single(calendar.Events);
        Assert.Equal("Hội nghị Đảng bộ tỉnh, lần thứ XX", entry.Summary);
        Assert.Contains("Lào Cai", entry.Location);
        Assert.False(entry.IsAllDay);
        Assert.Equal("Asia/Ho_Chi_Minh", entry.DtStart?.TzId);
        Assert.Equal(new DateTime(day.Year, day.Month, day.Day, 1, 30, 0, DateTimeKind.Utc), entry.DtStart?.AsUtc);
        Assert.Contains("Hội nghị Đảng bộ tỉnh", file.Caption);
    }

    [Fact]
    public async Task An_event_known_only_by_its_day_goes_in_the_calendar_as_a_whole_day()
    {
        await using var bot = await StartAsync();
        var day = Today.AddDays(6);
        var id = await bot.AddEventAsync("Ngày hội đại đoàn kết", 6);
        var card = await bot.SayAsync(Alice, $"/event {id}");

        var file = await bot.DocumentAfterAsync(Alice, () => bot.Press(card, "Thêm vào lịch"));

        var calendar = Calendar.Load(Encoding.UTF8.GetString(file.Content)) ?? throw new InvalidOperationException("Not a calendar");
        var entry = Assert.Single(calendar.Events);
        Assert.True(entry.IsAllDay);
        Assert.Equal(day, DateOnly.FromDateTime(entry.DtStart?.Value ?? default));
        Assert.Equal(day.AddDays(1), DateOnly.FromDateTime(entry.DtEnd?.Value ?? default));
        Assert.Contains("DTSTART;VALUE=DATE:", Encoding.UTF8.GetString(file.Content));
    }
}
