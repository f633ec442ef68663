using BulletinBot.Data;
using Dapper;

namespace BulletinBot.Features.Subscriptions;

/// <summary>Which chats want notices. The empty filter means "everything".</summary>
public sealed class SubscriptionStore(SqliteConnectionFactory connections, TimeProvider time)
{
    private const string AddSql = """
        INSERT INTO subscriptions (chat_id, filter, created_at) VALUES (@ChatId, @Filter, @Now)
        ON CONFLICT (chat_id, filter) DO NOTHING
        RETURNING 1
        """;

    private const string RemoveAllSql = "DELETE FROM subscriptions WHERE chat_id = @ChatId";

    private const string ListSql = "SELECT filter FROM subscriptions WHERE chat_id = @ChatId ORDER BY filter";

    private const string SubscribersSql = """
        SELECT DISTINCT s.chat_id FROM subscriptions s JOIN chats c ON c.chat_id = s.chat_id WHERE c.is_active = 1
        """;

    public async Task<bool> AddAsync(long chatId, string filter, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { ChatId = chatId, Filter = filter, Now = time.NowMs() };
        // RETURNING rather than the affected-row count, which a pooled connection can carry over from its last write.
        return await db.ExecuteScalarAsync<long?>(new CommandDefinition(AddSql, args, cancellationToken: ct)) == 1;
    }

    public async Task<int> RemoveAllAsync(long chatId, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return await db.ExecuteAsync(new CommandDefinition(RemoveAllSql, new { ChatId = chatId }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<string>> ListAsync(long chatId, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return (await db.QueryAsync<string>(new CommandDefinition(ListSql, new { ChatId = chatId }, cancellationToken: ct))).AsList();
    }

    public async Task<IReadOnlyList<long>> ActiveSubscriberChatsAsync(CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return (await db.QueryAsync<long>(new CommandDefinition(SubscribersSql, cancellationToken: ct))).AsList();
    }
}
