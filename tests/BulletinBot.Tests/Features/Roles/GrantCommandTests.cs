using BulletinBot.Tests.Features.Events;
using BulletinBot.Tests.Infrastructure;

namespace BulletinBot.Tests.Features.Roles;

public sealed class GrantCommandTests
{
    private const long Admin = BotUnderTest.AdminId;
    private const long Lan = 611;
    private const long Minh = 612;

    [Fact]
    public async Task A_username_of_someone_who_wrote_to_the_bot_becomes_an_organizer_who_can_post()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Api.EnqueueMessage(Lan, Lan, "/start", username: "lan_nguyen");
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Lan);

        var granted = await bot.SayAsync(Admin, "/grant @lan_nguyen organizer");
        var told = await bot.NextMessageAsync(Lan, 1);
        var card = await bot.SayAsync(Lan, $"/post Họp giao ban | {EventScenario.FutureDay()}");

        Assert.Contains("nay là người tổ chức", granted.Text);
        Assert.Contains("người tổ chức", told.Text);
        Assert.Contains("Xem trước", card.Text);
    }

    [Fact]
    public async Task An_unknown_username_asks_for_the_numeric_id()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var reply = await bot.SayAsync(Admin, "/grant @nobody_here organizer");

        Assert.Contains("chưa gặp @nobody_here", reply.Text);
        Assert.Contains("ID số", reply.Text);
    }

    [Theory]
    [InlineData("/grant", "Cần người")]
    [InlineData("/grant 611 admin", "organizer")]
    [InlineData("/grant 611 boss", "Không có quyền")]
    [InlineData("/grant lan organizer", "không phải ID")]
    public async Task Malformed_grants_say_what_is_wrong_with_an_example(string text, string expected)
    {
        await using var bot = await BotUnderTest.StartAsync();

        var reply = await bot.SayAsync(Admin, text);

        Assert.Contains(expected, reply.Text);
        Assert.Contains("/grant", reply.Text);
    }

    [Fact]
    public async Task Staff_are_refused_grant_with_the_role_it_needs()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var reply = await bot.SayAsync(Minh, "/grant 612 organizer");

        Assert.Contains("chỉ dành cho quản trị viên", reply.Text);
    }

    [Fact]
    public async Task Revoke_takes_posting_away_and_roles_shows_who_did_what()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(Lan, "/start");
        await bot.SayAsync(Admin, $"/grant {Lan} organizer");

        var revoked = await bot.SayAsync(Admin, $"/revoke {Lan}");
        var refused = await bot.SayAsync(Lan, $"/post Họp | {EventScenario.FutureDay()}", match: m => !m.Text.Contains("🎉", StringComparison.Ordinal));
        var roles = await bot.SayAsync(Admin, "/roles");

        Assert.Contains("không còn là người tổ chức", revoked.Text);
        Assert.Contains("chỉ dành cho người tổ chức", refused.Text);
        Assert.Contains($"{Admin} cấp quyền người tổ chức cho {Lan}", roles.Text);
        Assert.Contains($"{Admin} thu hồi quyền của {Lan}", roles.Text);
    }

    [Fact]
    public async Task Whoami_shows_the_role_and_the_id_to_anyone()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var staff = await bot.SayAsync(Minh, "/whoami");
        var admin = await bot.SayAsync(Admin, "/whoami");

        Assert.Contains("nhân viên", staff.Text);
        Assert.Contains("612", staff.Text);
        Assert.Contains("quản trị viên", admin.Text);
    }
}
