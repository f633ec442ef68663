using System.Globalization;
using BulletinBot.Chat;
using BulletinBot.Delivery;
using BulletinBot.FakeBotApi;
using BulletinBot.Telegram;

namespace BulletinBot.Bench.Hostile;

/// <summary>The token is revoked while a broadcast waits: every call is answered 401 for the watched time. How many requests does the bot make?</summary>
public static class RevokedTokenCase
{
    private const long FirstChat = 10_000;

    public static async Task<int> RunAsync(int chats, TimeSpan watched, TextWriter output)
    {
        await using var bot = await HostileBot.StartAsync();
        var chatIds = Enumerable.Range(1, chats).Select(i => FirstChat + i).ToArray();
        foreach (var chat in chatIds)
        {
            bot.Api.EnqueueMessage(chat, chat, "/start");
        }

        await bot.Api.WaitForMessagesAsync(_ => true, count: chats, timeout: TimeSpan.FromMinutes(2));
        var before = bot.Api.Calls.Count;
        bot.Api.FailEverything(FakeFailure.Unauthorized());
        await bot.Get<DeliveryStore>().EnqueueBroadcastAsync(new Broadcast("bench:revoked", "bench", Html.Escape("Hội nghị tại Huế")), chatIds, CancellationToken.None);
        bot.Get<DeliverySignal>().Wake();
        await Task.Delay(watched);

        var refused = bot.Api.Calls.Skip(before).Count(c => c.StatusCode == 401);
        var status = bot.Get<TelegramStatus>();
        output.WriteLine(Format($"watched s: {watched.TotalSeconds:0}"));
        output.WriteLine(Format($"requests answered 401: {refused}"));
        output.WriteLine(Format($"of them sendMessage: {bot.Api.Calls.Skip(before).Count(c => c.StatusCode == 401 && c.Method == "sendMessage")}"));
        output.WriteLine(Format($"TelegramStatus.TokenRefused: {status.TokenRefused}, last contact {status.LastContactAt:O}"));

        bot.Api.StopFailingEverything();
        await bot.Api.WaitForMessagesAsync(m => m.Text.Contains("Huế", StringComparison.Ordinal), count: chats, timeout: TimeSpan.FromMinutes(10));
        output.WriteLine(Format($"after the token works again: {chats} of {chats} delivered, duplicates {bot.Api.DuplicateCount}"));
        return refused <= 30 ? 0 : 1;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
