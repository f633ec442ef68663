using BulletinBot.Features.Events;
using BulletinBot.Tests.Infrastructure;
using static BulletinBot.Tests.Features.EventQueries.EventQueryScenario;

namespace BulletinBot.Tests.Features.EventQueries;

public sealed class RecentCommandTests
{
    private const long Alice = 501;

    [Fact]
    public async Task A_former_province_finds_the_events_now_in_the_province_it_joined_and_says_so()
    {
        await using var bot = await StartAsync();
        var inBinhThuan = await bot.AddEventAsync("Hội nghị ở Phan Thiết", -5, "Trung tâm hội nghị tỉnh Bình Thuận");
        var inLamDong = await bot.AddEventAsync("Hội nghị ở Đà Lạt", -10, "Hội trường tỉnh Lâm Đồng");
        var inHanoi = await bot.AddEventAsync("Hội nghị ở Hà Nội", -3, "Hội trường A, Hà Nội");
        var coming = await bot.AddEventAsync("Hội nghị sắp tới ở Lâm Đồng", 5, "Hội trường tỉnh Lâm Đồng");

        var list = await bot.SayAsync(AdminUser, "/recent Bình Thuận");

        Assert.Contains("Bình Thuận nay thuộc Lâm Đồng", list.Text);
        Assert.True(list.Text.IndexOf($"#{inBinhThuan}", StringComparison.Ordinal) < list.Text.IndexOf($"#{inLamDong}", StringComparison.Ordinal), list.Text);
        Assert.Contains("(Bình Thuận cũ)", list.Text);
        Assert.DoesNotContain($"#{inHanoi}", list.Text);
        Assert.DoesNotContain($"#{coming}", list.Text);
    }

    [Fact]
    public async Task Recent_shows_delegates_and_provinces_newest_first()
    {
        await using var bot = await StartAsync();
        var older = await bot.AddEventAsync(new EventFields
        {
            Title = "Hội nghị toàn quốc", Date = Today.AddDays(-40), Venue = "Hội trường Bộ, Hà Nội", Attendees = 250, AttendeesAtLeast = true, ProvincesCount = 43,
        });
        var newer = await bot.AddEventAsync("Hội nghị khu vực phía Nam", -2, "Hội trường tỉnh Cần Thơ");

        var list = await bot.SayAsync(AdminUser, "/recent");

        Assert.Contains("hơn 250 đại biểu · 43 tỉnh, thành phố", list.Text);
        Assert.True(list.Text.IndexOf($"#{newer}", StringComparison.Ordinal) < list.Text.IndexOf($"#{older}", StringComparison.Ordinal), list.Text);
        Assert.DoesNotContain($"#{older}", (await bot.SayAsync(AdminUser, "/recent 30d")).Text);
        Assert.DoesNotContain($"#{older}", (await bot.SayAsync(AdminUser, "/recent 1")).Text);
    }

    [Fact]
    public async Task Recent_is_only_for_organizers_and_admins()
    {
        await using var bot = await StartAsync();
        await bot.AddEventAsync("Hội nghị đã qua", -3);

        var refused = await bot.SayAsync(Alice, "/recent");
        await bot.SayAsync(AdminUser, $"/grant {Alice} organizer");
        var allowed = await bot.SayAsync(Alice, "/recent", match: m => m.Text.Contains("Hội nghị đã tổ chức", StringComparison.Ordinal));

        Assert.Contains("chỉ dành cho người tổ chức", refused.Text);
        Assert.Contains("#1", allowed.Text);
    }

    [Theory]
    [InlineData("/recent -5", "từ 1 đến 500")]
    [InlineData("/recent 10000d", "từ 1 đến 3660")]
    [InlineData("/recent 0", "từ 1 đến 500")]
    [InlineData("/recent Atlantis", "Không biết tỉnh")]
    [InlineData("/recent Bìn Thuận", "Có phải: Bình Thuận")]
    public async Task A_wrong_argument_gets_one_short_reply_with_examples(string text, string said)
    {
        await using var bot = await StartAsync();

        var reply = await bot.SayAsync(AdminUser, text);
        await Task.Delay(300);

        Assert.Contains(said, reply.Text);
        Assert.Contains("<code>/recent 30d</code>", reply.Text);
        Assert.Equal(1, bot.SentTo(AdminUser));
    }

    [Fact]
    public async Task Pages_of_a_province_keep_the_province()
    {
        await using var bot = await StartAsync();
        for (var day = 1; day <= 11; day++)
        {
            await bot.AddEventAsync($"Hội nghị số {day}", -day, "Hội trường tỉnh Bình Thuận");
        }

        var first = await bot.SayAsync(AdminUser, "/recent binh thuan");
        bot.Press(first, "Trang sau");
        var second = await bot.EditOfAsync(AdminUser, first.MessageId, e => e.Text.Contains("trang 2/2", StringComparison.Ordinal));

        Assert.Contains("tại Lâm Đồng", second.Text);
        Assert.Contains("#11", second.Text);
    }
}
