using BulletinBot.Data;
using Dapper;

namespace BulletinBot.Features.Subscriptions;

/// <summary>Which chats want notices, and about what. The empty filter means "everything".</summary>
public sealed class SubscriptionStore(SqliteConnectionFactory connections, TimeProvider time)
{
    private const string AddSql = """
        INSERT INTO subscriptions (chat_id, filter, label, created_at) VALUES (@ChatId, @Filter, @Label, @Now)
        ON CONFLICT (chat_id, filter) DO NOTHING
        RETURNING 1
        """;

    // RETURNING rather than the affected-row count, which a pooled connection can carry over from its last write.
    private const string RemoveAllSql = "DELETE FROM subscriptions WHERE chat_id = @ChatId RETURNING filter";

    private const string RemoveSql = "DELETE FROM subscriptions WHERE chat_id = @ChatId AND filter = @Filter RETURNING filter";

    private const string RemoveByIdSql = """
        DELETE FROM subscriptions WHERE chat_id = @ChatId AND rowid = @Id RETURNING coalesce(label, filter)
        """;

    private const string ListSql = """
        SELECT rowid AS Id, filter AS Filter, coalesce(label, filter) AS Label FROM subscriptions
        WHERE chat_id = @ChatId ORDER BY filter <> '', rowid
        """;

    // Province and region filters are matched here; topic filters need word matching and come back for the caller.
    private const string MatchingSql = """
        SELECT DISTINCT s.chat_id FROM subscriptions s JOIN chats c ON c.chat_id = s.chat_id
        WHERE c.is_active = 1 AND (s.filter = '' OR s.filter = @Province OR s.filter = @Region)
        """;

    private const string TopicFiltersSql = """
        SELECT s.chat_id AS ChatId, s.filter AS Filter FROM subscriptions s JOIN chats c ON c.chat_id = s.chat_id
        WHERE c.is_active = 1 AND s.filter LIKE 'topic:%'
        """;

    // One row per chat, in the primary key's order, so counting needs no DISTINCT sort.
    private const string CountsSql = """
        SELECT count(*) FILTER (WHERE kind = 'private') AS PrivateChats, count(*) FILTER (WHERE kind = 'group') AS Groups,
               count(*) FILTER (WHERE filtered) AS WithFilters
        FROM (SELECT c.kind AS kind, max(s.filter <> '') AS filtered
              FROM subscriptions s JOIN chats c ON c.chat_id = s.chat_id
              WHERE c.is_active = 1 GROUP BY s.chat_id)
        """;

    public async Task<bool> AddAsync(long chatId, SubscriptionFilter filter, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { ChatId = chatId, Filter = filter.Key, filter.Label, Now = time.NowMs() };
        return await db.ExecuteScalarAsync<long?>(new CommandDefinition(AddSql, args, cancellationToken: ct)) == 1;
    }

    public async Task<int> RemoveAllAsync(long chatId, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return (await db.QueryAsync<string>(new CommandDefinition(RemoveAllSql, new { ChatId = chatId }, cancellationToken: ct))).Count();
    }

    public async Task<bool> RemoveAsync(long chatId, string filterKey, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { ChatId = chatId, Filter = filterKey };
        return (await db.QueryAsync<string>(new CommandDefinition(RemoveSql, args, cancellationToken: ct))).Any();
    }

    /// <returns>The label of the removed filter, or null when it was already gone.</returns>
    public async Task<string?> RemoveAsync(long chatId, long id, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { ChatId = chatId, Id = id };
        return await db.QuerySingleOrDefaultAsync<string>(new CommandDefinition(RemoveByIdSql, args, cancellationToken: ct));
    }

    /// <summary>The chat's subscriptions, "everything" first.</summary>
    public async Task<IReadOnlyList<SubscriptionRow>> ListAsync(long chatId, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return (await db.QueryAsync<SubscriptionRow>(new CommandDefinition(ListSql, new { ChatId = chatId }, cancellationToken: ct))).AsList();
    }

    /// <summary>Every active chat that wants to hear of an event: no filter, or one of its filters matches.</summary>
    public async Task<IReadOnlyList<long>> MatchingAsync(EventAudience audience, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new
        {
            Province = audience.CurrentProvince is { } province ? SubscriptionFilter.ProvincePrefix + province : null,
            Region = audience.Region is { } region ? SubscriptionFilter.RegionPrefix + region : null,
        };
        var chats = new HashSet<long>(await db.QueryAsync<long>(new CommandDefinition(MatchingSql, args, cancellationToken: ct)));
        var words = audience.Words;
        foreach (var topic in await db.QueryAsync<TopicRow>(new CommandDefinition(TopicFiltersSql, cancellationToken: ct)))
        {
            if (!chats.Contains(topic.ChatId) && new SubscriptionFilter(topic.Filter, "").TopicWords.All(words.Contains))
            {
                chats.Add(topic.ChatId);
            }
        }

        return [.. chats];
    }

    /// <summary>Chats that still receive notices, by kind, and how many of them chose filters.</summary>
    public async Task<SubscriberCounts> CountsAsync(CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return await db.QuerySingleAsync<SubscriberCounts>(new CommandDefinition(CountsSql, cancellationToken: ct));
    }

    private sealed record TopicRow
    {
        public long ChatId { get; init; }

        public string Filter { get; init; } = "";
    }
}
