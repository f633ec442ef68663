using BulletinBot.Features.Events;
using BulletinBot.Tests.Infrastructure;
using static BulletinBot.Tests.Features.EventQueries.EventQueryScenario;

namespace BulletinBot.Tests.Features.EventQueries;

public sealed class StatsCommandTests
{
    [Fact]
    public async Task Stats_counts_subscribers_events_delegates_by_region_and_this_weeks_sending()
    {
        await using var bot = await StartAsync();
        await bot.SayAsync(501, "/subscribe");
        await bot.SayAsync(502, "/subscribe Hà Giang");
        await bot.AddEventAsync(new EventFields { Title = "Hội nghị hôm nay", Date = Today, Venue = "Hội trường A, Hà Nội", Attendees = 250 });
        await bot.AddEventAsync(new EventFields { Title = "Hội nghị miền Nam", Date = Today, Venue = "Hội trường tỉnh Cà Mau", Attendees = 1200 });
        await bot.AddEventAsync("Hội nghị năm sau nữa", 800);
        await bot.WaitForDatabaseAsync("SELECT count(*) >= 2 FROM deliveries WHERE state = 'sent'");

        var stats = await bot.SayAsync(AdminUser, "/stats");

        Assert.Contains("2 chat riêng · 0 nhóm · 1 có bộ lọc", stats.Text);
        Assert.Contains($"Tháng {Today.Month}/{Today.Year}: đã tổ chức 2", stats.Text);
        Assert.Contains($"Năm {Today.Year}: đã tổ chức 2", stats.Text);
        Assert.Contains("miền Nam: 1.200 đại biểu (1 sự kiện)", stats.Text);
        Assert.Contains("miền Bắc: 250 đại biểu (1 sự kiện)", stats.Text);
        Assert.True(stats.Text.IndexOf("miền Nam", StringComparison.Ordinal) < stats.Text.IndexOf("miền Bắc", StringComparison.Ordinal));
        Assert.Matches(@"7 ngày qua: đã gửi [1-9]", stats.Text);
    }
}
