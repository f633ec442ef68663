using BulletinBot.Tests.Infrastructure;

namespace BulletinBot.Tests.Features.Admin;

public sealed class DeliveriesCommandTests
{
    private const long Admin = BotUnderTest.AdminId;

    [Fact]
    public async Task Deliveries_lists_recent_broadcasts_for_admins_only()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Api.EnqueueMessage(601, 601, "/start");
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == 601);
        await bot.BroadcastAsync("notice:list", "Hội nghị tại Lào Cai", 601);
        await bot.WaitForDatabaseAsync("SELECT count(*) FROM deliveries WHERE broadcast_id IS NOT NULL AND state = 'sent'");

        bot.Api.EnqueueMessage(601, 601, "/deliveries");
        bot.Api.EnqueueMessage(Admin, Admin, "/deliveries");

        var refused = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == 601 && m.Text.Contains("/deliveries", StringComparison.Ordinal))).Single();
        var listing = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == Admin)).Single();
        Assert.Contains("quản trị viên", refused.Text);
        Assert.Contains("đã gửi 1/1", listing.Text);
    }
}
