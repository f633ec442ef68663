using BulletinBot.FakeBotApi;
using BulletinBot.Tests.Infrastructure;

namespace BulletinBot.Tests.Delivery;

public sealed class BroadcastReportTests
{
    private const long Admin = BotUnderTest.AdminId;

    [Fact]
    public async Task Starter_sees_one_status_message_that_ends_in_a_report_with_failures_by_reason()
    {
        await using var bot = await BotUnderTest.StartAsync(new Dictionary<string, string?> { ["BulletinBot:Delivery:ProgressInterval"] = "00:00:01" });
        long[] staff = [601, 602, 603, 604];
        foreach (var chat in staff.Append(Admin))
        {
            bot.Api.EnqueueMessage(chat, chat, "/start");
        }

        await bot.Api.WaitForMessagesAsync(m => m.Text.Contains("Xin chào", StringComparison.Ordinal), count: 5);
        bot.Api.AlwaysFail(604, FakeFailure.Forbidden());

        await bot.BroadcastAsync("notice:report", "Hội nghị tập huấn tại Sơn La", Admin, staff);

        await bot.Api.WaitForCallAsync("editMessageText", c => c.Body.GetProperty("text").GetString() is { } text && text.Contains("Đã gửi xong", StringComparison.Ordinal), TimeSpan.FromSeconds(15));
        var statusMessages = bot.Api.SentMessages.Where(m => m.ChatId == Admin && !m.Text.Contains("Xin chào", StringComparison.Ordinal)).ToList();
        var report = bot.Api.EditedMessages.Last(m => m.ChatId == Admin);
        Assert.Single(statusMessages);
        Assert.Equal(statusMessages[0].MessageId, report.MessageId);
        Assert.Contains("3/4", report.Text);
        Assert.Contains("bot was blocked by the user: 1", report.Text);
    }
}
