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
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

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
            using (var migrating = new CancellationTokenSource(Generous))
            {
                await BotProcess.RunToEndAsync(environment, migrating.Token, "migrate");
            }

            await EnqueueBroadcastAsync(databasePath, chatIds);
            first = BotProcess.Start(environment);
            await WaitUntilAsync(() => api.CountArrived("sendMessage") >= 20, () => $"{api.CountArrived("sendMessage")} sends arrived\n{first.Output}");
            var onTheWire = api.CountArrived("sendMessage") - api.SentMessages.Count;

            var exitCode = await first.TerminateAsync(Generous);
            var (sentAtStop, _) = await CountAsync(databasePath);
            output.WriteLine($"{onTheWire} sends on the wire at SIGTERM; exit {exitCode}; {api.SentMessages.Count} answered, {sentAtStop} recorded sent");
            Assert.True(onTheWire > 0, "nothing was on the wire at SIGTERM, so the test proved nothing");
            Assert.Equal(0, exitCode);
            Assert.Equal(api.SentMessages.Count, sentAtStop);
            Assert.Equal(api.CountArrived("sendMessage"), api.SentMessages.Count);
            Assert.True(sentAtStop < Chats, "the broadcast finished before the stop, so the test proved nothing");

            second = BotProcess.Start(environment);
            await WaitUntilAsync(async () => (await CountAsync(databasePath)).Sent == Chats, () => $"not every row recorded sent\n{second.Output}");
            Assert.Equal(0, await second.TerminateAsync(Generous));

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

    private static async Task EnqueueBroadcastAsync(string databasePath, IReadOnlyList<long> chatIds)
    {
        await using (var db = new SqliteConnection($"Data Source={databasePath};Pooling=False"))
        {
            await db.OpenAsync();
            await using var transaction = db.BeginTransaction();
            await using var insert = db.CreateCommand();
            insert.CommandText = "INSERT INTO chats (chat_id, kind, language, is_active, created_at, updated_at) VALUES ($id, 'private', 'vi', 1, 0, 0)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            foreach (var chatId in chatIds)
            {
                id.Value = chatId;
                await insert.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        var store = new DeliveryStore(new SqliteConnectionFactory(Options.Create(new DatabaseOptions { Path = databasePath })), TimeProvider.System);
        Assert.NotNull(await store.EnqueueBroadcastAsync(new Broadcast("stop:1", "test", Html.Escape("Hội nghị tại Đà Lạt")), chatIds, CancellationToken.None));
    }

    private static async Task<(long Sent, long Sending)> CountAsync(string databasePath)
    {
        await using var db = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await db.OpenAsync();
        await using var count = db.CreateCommand();
        count.CommandText = "SELECT count(*) FILTER (WHERE state = 'sent'), count(*) FILTER (WHERE state = 'sending') FROM deliveries";
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static Task WaitUntilAsync(Func<bool> done, Func<string> describe) => WaitUntilAsync(() => Task.FromResult(done()), describe);

    private static async Task WaitUntilAsync(Func<Task<bool>> done, Func<string> describe)
    {
        using var deadline = new CancellationTokenSource(Generous);
        while (!await done())
        {
            Assert.False(deadline.IsCancellationRequested, describe());
            await Task.Delay(50, CancellationToken.None);
        }
    }
}
