using System.Diagnostics;
using System.Globalization;
using BulletinBot.Bench.Broadcasting;
using BulletinBot.Data;
using BulletinBot.Delivery;
using BulletinBot.FakeBotApi;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BulletinBot.Bench.Hostile;

/// <summary>
/// The bot as a child process broadcasting while Telegram answers slowly, stopped with SIGTERM mid-broadcast and started
/// again: its exit code, what was on the wire, what was recorded, and after the restart what was lost or sent twice.
/// </summary>
public static class SigtermCase
{
    private const long FirstChat = 30_000;

    public static async Task<int> RunAsync(int chats, TimeSpan latency, TextWriter output)
    {
        // No flood limits here: the fake would apply them when a delayed answer leaves, not when the send arrived.
        await using var api = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { MaxLongPoll = TimeSpan.FromSeconds(1) });
        var chatIds = Enumerable.Range(1, chats).Select(i => FirstChat + i).ToList();
        foreach (var chat in chatIds)
        {
            api.AlwaysFail(chat, FakeFailure.Delay(latency));
        }

        var folder = Directory.CreateTempSubdirectory("bulletinbot-sigterm-");
        try
        {
            var database = new BenchDatabase(Path.Combine(folder.FullName, "bot.db"));
            var environment = BotSettings.AsEnvironment(HostileBot.Settings(api.BaseUrl, database.Path));
            await BotProcess.RunToEndAsync(environment, CancellationToken.None, "migrate");
            await database.InsertPrivateChatsAsync(chatIds, CancellationToken.None);
            var store = new DeliveryStore(new SqliteConnectionFactory(Options.Create(new DatabaseOptions { Path = database.Path })), TimeProvider.System);
            await store.EnqueueBroadcastAsync(BenchBroadcast.Create(), chatIds, CancellationToken.None);

            int exitCode;
            double stopSeconds;
            int onTheWire;
            using (var first = BotProcess.Start(environment))
            {
                while (api.CountArrived("sendMessage") < Math.Min(chats / 2, 60))
                {
                    await Task.Delay(20);
                }

                var stopped = Stopwatch.GetTimestamp();
                exitCode = await first.TerminateAsync(TimeSpan.FromMinutes(2));
                stopSeconds = Stopwatch.GetElapsedTime(stopped).TotalSeconds;
                onTheWire = api.CountArrived("sendMessage");
            }

            var answeredAtStop = api.SentMessages.Count;
            var recordedAtStop = await database.CountSentAsync(CancellationToken.None);
            using (var second = BotProcess.Start(environment))
            {
                while (await database.CountSentAsync(CancellationToken.None) < chats)
                {
                    await Task.Delay(100);
                }

                await second.TerminateAsync(TimeSpan.FromMinutes(2));
            }

            var lost = chatIds.Count(id => !api.SentCountByChat.ContainsKey(id));
            output.WriteLine(Format($"chats: {chats}, Telegram latency s: {latency.TotalSeconds:0.0}"));
            output.WriteLine(Format($"sends that reached Telegram before the exit: {onTheWire} (none answered before SIGTERM)"));
            output.WriteLine(Format($"exit code: {exitCode}, SIGTERM to exit s: {stopSeconds:0.00}"));
            output.WriteLine(Format($"answered by Telegram by then: {answeredAtStop}, recorded sent: {recordedAtStop}"));
            output.WriteLine(Format($"after restart: lost {lost}, duplicates {api.DuplicateCount}"));
            return exitCode == 0 && answeredAtStop == recordedAtStop && lost == 0 && api.DuplicateCount == 0 ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
