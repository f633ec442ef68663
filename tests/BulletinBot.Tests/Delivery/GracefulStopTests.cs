using System.Globalization;
using BulletinBot.Chat;
using BulletinBot.Data;
using BulletinBot.Delivery;
using BulletinBot.FakeBotApi;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace BulletinBot.Tests.Delivery;

/// <summary>
/// SIGTERM to the real bot process while Telegram is slow: the sends on the wire finish and are recorded, the process
/// exits cleanly, and the next start sends the rest, nothing twice.
/// </summary>
public sealed class GracefulStopTests(ITestOutputHelper output)
{
    private const int Chats = 60;
    private const long FirstChatId = 3_000_000;
    private static readonly TimeSpan Latency = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Sigterm_while_telegram_answers_slowly_exits_cleanly_and_loses_and_repeats_nothing()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var chatIds = Enumerable.Range(1, Chats).Select(i => FirstChatId + i).ToList();
        foreach (var chatId in chatIds)
        {
            api.AlwaysFail(chatId, FakeFailure.Delay(Latency));
        }

        var folder = Directory.CreateTempSubdirectory("bulletinbot-stop-");
        var databasePath = Path.Combine(folder.FullName, "bot.db");
        var environment = new Dictionary<string, string?>
        {
            ["BulletinBot__Telegram__Token"] = "123456:STOP",
            ["BulletinBot__Telegram__ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["BulletinBot__Database__Path"] = databasePath,
            ["BulletinBot__Delivery__GlobalPerSecond"] = "20",
            ["Logging__LogLevel__Default"] = "Warning",
            ["DOTNET_ENVIRONMENT"] = "Production",
        };
        BotProcess? first = null;
        BotProcess? second = null;
        try
        {
            using (var migrating = new CancellationTokenSource(OutboxFile.Generous))
            {
                await BotProcess.RunToEndAsync(environment, migrating.Token, "migrate");
            }

            await OutboxFile.EnqueueBroadcastAsync(databasePath, "stop:1", "Hội nghị tại Đà Lạt", chatIds);
            first = BotProcess.Start(environment);
            await OutboxFile.WaitUntilAsync(() => api.CountArrived("sendMessage") >= 20, () => $"{api.CountArrived("sendMessage")} sends arrived\n{first.Output}");
            var onTheWire = api.CountArrived("sendMessage") - api.SentMessages.Count;

            var exitCode = await first.TerminateAsync(OutboxFile.Generous);
            var (sentAtStop, _) = await OutboxFile.CountAsync(databasePath);
            output.WriteLine($"{onTheWire} sends on the wire at SIGTERM; exit {exitCode}; {api.SentMessages.Count} answered, {sentAtStop} recorded sent");
            Assert.True(onTheWire > 0, "nothing was on the wire at SIGTERM, so the test proved nothing");
            Assert.Equal(0, exitCode);
            Assert.Equal(api.SentMessages.Count, sentAtStop);
            Assert.Equal(api.CountArrived("sendMessage"), api.SentMessages.Count);
            Assert.True(sentAtStop < Chats, "the broadcast finished before the stop, so the test proved nothing");

            second = BotProcess.Start(environment);
            await OutboxFile.WaitUntilAsync(async () => (await OutboxFile.CountAsync(databasePath)).Sent == Chats, () => $"not every row recorded sent\n{second.Output}");
            Assert.Equal(0, await second.TerminateAsync(OutboxFile.Generous));

            Assert.Equal(Chats, api.DistinctChatsReached);
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
}
