using System.Globalization;
using BulletinBot.FakeBotApi;

namespace BulletinBot.Bench.Hostile;

/// <summary>
/// Two small cases of the hostile test: presses on a card Telegram can no longer edit (how many admin alerts?), and
/// quick commands in one group (how many 429s?).
/// </summary>
public static class PressesAndGroupsCase
{
    private const long User = 40_001;
    private const long Group = -40_002;

    public static async Task<int> RunStalePressesAsync(int presses, TextWriter output)
    {
        await using var bot = await HostileBot.StartAsync();
        bot.Api.EnqueueMessage(HostileBot.AdminId, HostileBot.AdminId, "/start");
        bot.Api.EnqueueMessage(User, User, "/settings");
        var card = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == User)).Single();
        bot.Api.FailNext("editMessageText", FakeFailure.BadRequest("Bad Request: message can't be edited"), chatId: User, times: presses);
        for (var i = 0; i < presses; i++)
        {
            bot.Api.EnqueueCallback(User, User, card.MessageId, i % 2 == 0 ? "lang:en" : "lang:vi");
        }

        var redrawn = await bot.Api.WaitForMessagesAsync(m => m.ChatId == User && m.MessageId != card.MessageId, count: presses, timeout: TimeSpan.FromMinutes(3));
        await Task.Delay(TimeSpan.FromSeconds(3));
        var alerts = bot.Api.SentMessages.Count(m => m.ChatId == HostileBot.AdminId && m.Text.Contains("từ chối", StringComparison.Ordinal));
        output.WriteLine(Format($"stale presses: {presses}, redrawn as new messages: {redrawn.Count}, admin alerts: {alerts}, 429 count: {bot.Api.TooManyRequestsCount}"));
        return alerts <= 1 ? 0 : 1;
    }

    public static async Task<int> RunGroupAsync(int commands, TextWriter output)
    {
        await using var bot = await HostileBot.StartAsync();
        for (var i = 0; i < commands; i++)
        {
            bot.Api.EnqueueMessage(Group, User, "/help@bulletin_test_bot", chatType: "group");
        }

        var answered = await bot.Api.WaitForMessagesAsync(m => m.ChatId == Group, count: commands, timeout: TimeSpan.FromMinutes(3));
        var span = (answered.Max(m => m.At) - answered.Min(m => m.At)).TotalSeconds;
        output.WriteLine(Format($"group commands: {commands}, answered: {answered.Count} over {span:0.0} s, 429 count: {bot.Api.TooManyRequestsCount}"));
        return bot.Api.TooManyRequestsCount == 0 ? 0 : 1;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
