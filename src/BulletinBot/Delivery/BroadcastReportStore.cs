using BulletinBot.Data;
using Dapper;

namespace BulletinBot.Delivery;

/// <summary>Read side of the outbox: broadcast counts for progress messages and for /deliveries.</summary>
public sealed class BroadcastReportStore(SqliteConnectionFactory connections, TimeProvider time)
{
    private const string StatusColumns = $"""
        SELECT b.id AS Id, b.kind AS Kind, b.started_by_chat_id AS StartedByChatId, coalesce(c.language, 'vi') AS Language,
               b.total AS Total, b.created_at AS CreatedAt, b.progress_delivery_id AS ProgressDeliveryId,
               p.message_id AS ProgressMessageId, p.state AS ProgressState,
               (SELECT count(*) FROM deliveries d WHERE d.broadcast_id = b.id AND d.state = '{DeliveryState.Sent}') AS Sent,
               (SELECT count(*) FROM deliveries d WHERE d.broadcast_id = b.id AND d.state = '{DeliveryState.Failed}') AS Failed
        FROM broadcasts b
        LEFT JOIN chats c ON c.chat_id = b.started_by_chat_id
        LEFT JOIN deliveries p ON p.id = b.progress_delivery_id
        """;

    private const string OpenSql = StatusColumns + " WHERE b.completed_at IS NULL ORDER BY b.id";

    private const string RecentSql = StatusColumns + " ORDER BY b.id DESC LIMIT @Limit";

    private const string FailuresSql = $"""
        SELECT coalesce(error, '?') AS Reason, count(*) AS Count FROM deliveries
        WHERE state = '{DeliveryState.Failed}' AND (@BroadcastId IS NULL OR broadcast_id = @BroadcastId) AND created_at >= @Since
        GROUP BY error ORDER BY count(*) DESC LIMIT 5
        """;

    private const string CountsSinceSql = $"""
        SELECT count(*) FILTER (WHERE state = '{DeliveryState.Sent}') AS Sent, count(*) FILTER (WHERE state = '{DeliveryState.Failed}') AS Failed,
               count(*) FILTER (WHERE state IN ('{DeliveryState.Pending}', '{DeliveryState.Retry}', '{DeliveryState.Sending}')) AS Waiting
        FROM deliveries WHERE created_at >= @Since
        """;

    // '*' in the caller's pattern matches anything; LIKE's own wildcards in it are taken literally.
    private const string TallySql = $"""
        SELECT count(*) AS Total,
               count(*) FILTER (WHERE d.state = '{DeliveryState.Sent}') AS Sent,
               count(*) FILTER (WHERE d.state = '{DeliveryState.Failed}') AS Failed
        FROM broadcasts b JOIN deliveries d ON d.broadcast_id = b.id
        WHERE b.key LIKE @Pattern ESCAPE '\'
        """;

    private const string CompleteSql = "UPDATE broadcasts SET completed_at = @Now WHERE id = @Id";

    private const string SetProgressSql = "UPDATE broadcasts SET progress_delivery_id = @DeliveryId WHERE id = @Id";

    private const string LastDeliveryIdSql = "SELECT last_insert_rowid()";

    public async Task<IReadOnlyList<BroadcastStatus>> OpenAsync(CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return (await db.QueryAsync<BroadcastStatus>(new CommandDefinition(OpenSql, cancellationToken: ct))).AsList();
    }

    public async Task<IReadOnlyList<BroadcastStatus>> RecentAsync(int limit, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return (await db.QueryAsync<BroadcastStatus>(new CommandDefinition(RecentSql, new { Limit = limit }, cancellationToken: ct))).AsList();
    }

    public async Task<IReadOnlyList<FailureCount>> FailuresAsync(long? broadcastId, DateTimeOffset since, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { BroadcastId = broadcastId, Since = UnixTime.Ms(since) };
        return (await db.QueryAsync<FailureCount>(new CommandDefinition(FailuresSql, args, cancellationToken: ct))).AsList();
    }

    /// <summary>Every message queued since <paramref name="since"/>, replies and broadcasts alike, by what became of it.</summary>
    public async Task<DeliveryCounts> CountsSinceAsync(DateTimeOffset since, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { Since = UnixTime.Ms(since) };
        return await db.QuerySingleAsync<DeliveryCounts>(new CommandDefinition(CountsSinceSql, args, cancellationToken: ct));
    }

    public async Task<BroadcastTally> TallyAsync(string keyPattern, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var like = keyPattern.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal).Replace('*', '%');
        return await db.QuerySingleAsync<BroadcastTally>(new CommandDefinition(TallySql, new { Pattern = like }, cancellationToken: ct));
    }

    public async Task CompleteAsync(long broadcastId, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        await db.ExecuteAsync(new CommandDefinition(CompleteSql, new { Id = broadcastId, Now = time.NowMs() }, cancellationToken: ct));
    }

    /// <summary>Queues a status message (or an edit of it) and remembers its outbox row, in one transaction.</summary>
    public async Task QueueProgressAsync(long broadcastId, OutgoingMessage message, DeliveryStore outbox, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        await using var transaction = await db.BeginTransactionAsync(ct);
        await outbox.EnqueueReplyAsync(db, transaction, message, ct);
        var deliveryId = await db.ExecuteScalarAsync<long>(new CommandDefinition(LastDeliveryIdSql, transaction: transaction, cancellationToken: ct));
        await db.ExecuteAsync(new CommandDefinition(SetProgressSql, new { Id = broadcastId, DeliveryId = deliveryId }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
    }
}
