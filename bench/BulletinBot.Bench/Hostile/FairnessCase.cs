using System.Globalization;

namespace BulletinBot.Bench.Hostile;

/// <summary>
/// One chat sends a flood of commands, then new users each send /help: how long each newcomer waits for the answer,
/// with Telegram's limits enforced by the fake.
/// </summary>
public static class FairnessCase
{
    private const long Flooder = 1_000;
    private const long FirstNewcomer = 2_000;

    public static async Task<int> RunAsync(int flood, int newcomers, TextWriter output)
    {
        await using var bot = await HostileBot.StartAsync();
        for (var i = 0; i < flood; i++)
        {
            bot.Api.EnqueueMessage(Flooder, Flooder, "/start");
        }

        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Flooder, timeout: TimeSpan.FromSeconds(60));
        var asked = new Dictionary<long, DateTimeOffset>();
        for (var i = 1; i <= newcomers; i++)
        {
            asked[FirstNewcomer + i] = DateTimeOffset.UtcNow;
            bot.Api.EnqueueMessage(FirstNewcomer + i, FirstNewcomer + i, "/help");
        }

        var answered = await bot.Api.WaitForMessagesAsync(m => asked.ContainsKey(m.ChatId), count: newcomers, timeout: TimeSpan.FromMinutes(5));
        // From the update queued at the fake to the answer arriving there.
        var waits = answered.Select(m => (m.At - asked[m.ChatId]).TotalSeconds).Order().ToList();
        var flooderServed = bot.Api.SentMessages.Count(m => m.ChatId == Flooder);

        output.WriteLine(Format($"flood: {flood} commands from one chat, then {newcomers} newcomers send /help"));
        output.WriteLine(Format($"newcomer wait s (max): {waits[^1]:0.00}"));
        output.WriteLine(Format($"newcomer wait s (median): {waits[waits.Count / 2]:0.00}"));
        output.WriteLine(Format($"flooding chat served by then: {flooderServed} of {flood}"));
        output.WriteLine(Format($"429 count: {bot.Api.TooManyRequestsCount}"));
        return waits[^1] <= 5 && bot.Api.TooManyRequestsCount == 0 ? 0 : 1;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
