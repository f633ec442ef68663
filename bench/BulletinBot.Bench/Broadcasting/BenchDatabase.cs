using Microsoft.Data.Sqlite;

namespace BulletinBot.Bench.Broadcasting;

/// <summary>The few reads and writes the benchmark makes in the bot's SQLite file, beside the bot and not through it.</summary>
public sealed class BenchDatabase(string path)
{
    private const string InsertChatSql = """
        INSERT INTO chats (chat_id, kind, language, is_active, created_at, updated_at) VALUES ($id, 'private', 'vi', 1, $now, $now)
        """;

    private const string CountSentSql = """
        SELECT count(*) FROM deliveries d JOIN broadcasts b ON b.id = d.broadcast_id WHERE d.state = 'sent' AND b.key = $key
        """;

    private const string LatenciesSql = """
        SELECT d.sent_at - d.created_at FROM deliveries d JOIN broadcasts b ON b.id = d.broadcast_id
        WHERE d.state = 'sent' AND b.key = $key ORDER BY 1
        """;

    public string Path { get; } = path;

    /// <summary>The chats a broadcast can reach; only rows in <c>chats</c> get a delivery.</summary>
    public async Task InsertPrivateChatsAsync(IReadOnlyList<long> chatIds, CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        await using var transaction = db.BeginTransaction();
        await using var insert = db.CreateCommand();
        insert.CommandText = InsertChatSql;
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        insert.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        foreach (var chatId in chatIds)
        {
            id.Value = chatId;
            await insert.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    public async Task<long> CountSentAsync(CancellationToken ct, string key = BenchBroadcast.Key)
    {
        await using var db = await OpenAsync(ct);
        await using var count = db.CreateCommand();
        count.CommandText = CountSentSql;
        count.Parameters.AddWithValue("$key", key);
        return await count.ExecuteScalarAsync(ct) is long sent ? sent : 0;
    }

    /// <summary>Enqueue-to-sent time of every sent row, in milliseconds, shortest first.</summary>
    public async Task<IReadOnlyList<long>> ReadLatenciesAsync(CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        await using var query = db.CreateCommand();
        query.CommandText = LatenciesSql;
        query.Parameters.AddWithValue("$key", BenchBroadcast.Key);
        await using var reader = await query.ExecuteReaderAsync(ct);
        var latencies = new List<long>();
        while (await reader.ReadAsync(ct))
        {
            latencies.Add(reader.GetInt64(0));
        }

        return latencies;
    }

    // Not pooled: the bot may be killed and restarted on this file between two reads.
    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var db = new SqliteConnection($"Data Source={Path};Pooling=False;Default Timeout=30");
        await db.OpenAsync(ct);
        return db;
    }
}
