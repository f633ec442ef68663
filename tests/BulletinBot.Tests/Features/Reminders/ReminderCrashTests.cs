using System.Globalization;
using BulletinBot.FakeBotApi;
using BulletinBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;
using static BulletinBot.Tests.Features.Reminders.ReminderScenario;

namespace BulletinBot.Tests.Features.Reminders;

/// <summary>
/// The acceptance run in miniature, with the real process: post an event, press Đăng, kill the bot with SIGKILL before
/// its reminder is due, start it again on the same files after the due time: the subscriber gets the reminder once.
/// The offset is configured short (the event is about two minutes ahead) so the run takes seconds, not an hour.
/// </summary>
public sealed class ReminderCrashTests(ITestOutputHelper output)
{
    private const long Admin = 900;
    private const long Subscriber = 501;
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_reminder_due_while_the_killed_bot_was_down_arrives_once_after_the_restart()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var folder = Directory.CreateTempSubdirectory("bulletinbot-reminder-crash-");
        var start = StartIn(TimeSpan.FromMinutes(2));
        var due = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(40);
        var environment = new Dictionary<string, string?>
        {
            ["BulletinBot__Telegram__Token"] = "123456:CRASH",
            ["BulletinBot__Telegram__ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["BulletinBot__Database__Path"] = Path.Combine(folder.FullName, "bot.db"),
            ["BulletinBot__Admins__0"] = Admin.ToString(CultureInfo.InvariantCulture),
            ["BulletinBot__Reminders__Offsets__0"] = (start - due).ToString("c", CultureInfo.InvariantCulture),
            ["Logging__LogLevel__Default"] = "Warning",
            ["DOTNET_ENVIRONMENT"] = "Production",
        };
        BotProcess? first = null;
        BotProcess? second = null;
        try
        {
            first = BotProcess.Start(environment);
            await SayAsync(api, Subscriber, "/subscribe", "Đã đăng ký");
            var card = await SayAsync(api, Admin, $"/post Hội nghị tập huấn công tác dân tộc | {Typed(start)} | Hội trường A, Hà Nội", "Xem trước");
            api.EnqueueCallback(Admin, Admin, card.MessageId, ButtonData(card, "Đăng"));
            await api.WaitForMessagesAsync(m => m.ChatId == Subscriber && m.Text.Contains("📣", StringComparison.Ordinal), timeout: Generous);
            Assert.True(DateTimeOffset.UtcNow < due - TimeSpan.FromSeconds(2), "the bot took so long to publish that the reminder was due before the kill; the run proves nothing");

            await first.KillAsync();
            await Task.Delay(due - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(3));
            Assert.DoesNotContain(api.SentMessages, IsEventReminder);

            second = BotProcess.Start(environment);
            var reminder = (await api.WaitForMessagesAsync(IsEventReminder, timeout: Generous)).Single();
            await Task.Delay(TimeSpan.FromSeconds(4));

            output.WriteLine($"due {due:HH:mm:ss}, reminded {DateTimeOffset.UtcNow:HH:mm:ss}: {reminder.Text}");
            Assert.Equal(Subscriber, reminder.ChatId);
            Assert.Single(api.SentMessages, IsEventReminder);
            Assert.Equal(0, api.DuplicateCount);
        }
        finally
        {
            first?.Dispose();
            second?.Dispose();
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<SentMessage> SayAsync(FakeBotApiServer api, long chatId, string text, string expected)
    {
        api.EnqueueMessage(chatId, chatId, text);
        return (await api.WaitForMessagesAsync(m => m.ChatId == chatId && m.Text.Contains(expected, StringComparison.Ordinal), timeout: Generous)).Single();
    }

    private static string ButtonData(SentMessage message, string label) =>
        message.ReplyMarkup?.GetProperty("inline_keyboard").EnumerateArray().SelectMany(r => r.EnumerateArray())
            .Where(b => (b.GetProperty("text").GetString() ?? "").Contains(label, StringComparison.Ordinal))
            .Select(b => b.GetProperty("callback_data").GetString()).FirstOrDefault()
        ?? throw new InvalidOperationException($"No button labelled {label}");
}
