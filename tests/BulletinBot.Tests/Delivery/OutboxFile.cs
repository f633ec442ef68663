using BulletinBot.Chat;
using BulletinBot.Data;
using BulletinBot.Delivery;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BulletinBot.Tests.Delivery;

/// <summary>
/// The outbox of a bot running in another process, read and filled through its database file: the crash and stop
/// tests queue a broadcast before the bot starts and count what it recorded after it ended.
/// </summary>
internal static class OutboxFile
{
    public static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    public static async Task EnqueueBroadcastAsync(string databasePath, string key, string text, IReadOnlyList<long> chatIds)
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
        Assert.NotNull(await store.EnqueueBroadcastAsync(new Broadcast(key, "test", Html.Escape(text)), chatIds, CancellationToken.None));
    }

    public static async Task<(long Sent, long Sending)> CountAsync(string databasePath)
    {
        await using var db = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await db.OpenAsync();
        await using var count = db.CreateCommand();
        count.CommandText = $"SELECT count(*) FILTER (WHERE state = '{DeliveryState.Sent}'), count(*) FILTER (WHERE state = '{DeliveryState.Sending}') FROM deliveries";
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    public static Task WaitUntilAsync(Func<bool> done, Func<string> describe) => WaitUntilAsync(() => Task.FromResult(done()), describe);

    // The fake signals each message, but "every chat reached" and "every row committed" have no event of their own.
    public static async Task WaitUntilAsync(Func<Task<bool>> done, Func<string> describe)
    {
        using var deadline = new CancellationTokenSource(Generous);
        while (!await done())
        {
            Assert.False(deadline.IsCancellationRequested, describe());
            await Task.Delay(50, CancellationToken.None);
        }
    }
}
