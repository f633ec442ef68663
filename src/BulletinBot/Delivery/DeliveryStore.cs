using System.Data;
using System.Text.Json;
using System.Text.Json.Serialization;
using BulletinBot.Data;
using Dapper;

namespace BulletinBot.Delivery;

/// <summary>The outbox's SQL: enqueue, claim, and record what became of each row.</summary>
public sealed class DeliveryStore(SqliteConnectionFactory connections, TimeProvider time)
{
    private const string EnqueueReplySql = """
        INSERT INTO deliveries (chat_id, priority, text, buttons, edit_message_id, not_before, created_at)
        VALUES (@ChatId, @Priority, @Text, @Buttons, @EditMessageId, @Now, @Now)
        """;

    private const string CreateBroadcastSql = """
        INSERT INTO broadcasts (key, kind, text, started_by_chat_id, created_at)
        VALUES (@Key, @Kind, @Text, @StartedByChatId, @Now)
        ON CONFLICT (key) DO NOTHING
        RETURNING id
        """;

    // Chats that blocked us are skipped here rather than failed later: no request is spent on them. A chat that reads
    // English gets the broadcast's English text in its own row; everyone else reads the broadcast's text.
    // One statement for every recipient, in the order given (json_each's key), whatever their number.
    private const string AddRecipientsSql = """
        INSERT INTO deliveries (broadcast_id, chat_id, priority, text, buttons, not_before, created_at)
        SELECT @BroadcastId, c.chat_id, @Priority, CASE WHEN c.language = 'en' THEN @EnglishText END, @Buttons, @Now, @Now
        FROM json_each(@ChatIds) j JOIN chats c ON c.chat_id = j.value
        WHERE c.is_active = 1
        ORDER BY j.key
        ON CONFLICT (broadcast_id, chat_id) DO NOTHING
        """;

    private const string RecipientsSql = $"""
        SELECT d.chat_id FROM deliveries d JOIN broadcasts b ON b.id = d.broadcast_id
        WHERE b.key = @Key AND d.state <> '{DeliveryState.Failed}'
        ORDER BY d.id
        """;

    private const string CountRecipientsSql = """
        UPDATE broadcasts SET total = (SELECT count(*) FROM deliveries WHERE broadcast_id = @BroadcastId) WHERE id = @BroadcastId
        """;

    // Many one-chat broadcasts at once: the headers through one prepared statement, then their rows and counts in one
    // statement each over the batch, passed as JSON.
    private const string ExistingKeysSql = "SELECT key FROM broadcasts WHERE key IN (SELECT value FROM json_each(@Keys))";

    private const string CreateOneChatBroadcastSql = """
        INSERT INTO broadcasts (key, kind, text, created_at) VALUES (@Key, @Kind, @Text, @Now)
        ON CONFLICT (key) DO NOTHING
        """;

    // WHERE true: SQLite reads ON CONFLICT after a join as the join's constraint otherwise.
    private const string AddOneChatRecipientsSql = """
        INSERT INTO deliveries (broadcast_id, chat_id, priority, text, buttons, not_before, created_at)
        SELECT b.id, c.chat_id, @Priority, CASE WHEN c.language = 'en' THEN i.value ->> 'en' END, i.value ->> 'buttons', @Now, @Now
        FROM json_each(@Items) i
        JOIN broadcasts b ON b.key = i.value ->> 'key'
        JOIN chats c ON c.chat_id = i.value ->> 'chat' AND c.is_active = 1
        WHERE true
        ON CONFLICT (broadcast_id, chat_id) DO NOTHING
        """;

    private const string CountOneChatRecipientsSql = """
        UPDATE broadcasts SET total = (SELECT count(*) FROM deliveries d WHERE d.broadcast_id = broadcasts.id)
        WHERE key IN (SELECT i.value ->> 'key' FROM json_each(@Items) i)
        """;

    private const string ResetInFlightSql = "UPDATE deliveries SET state = @Pending WHERE state = @Sending";

    // A chat's rows leave one at a time and in order: a row is claimable only while no other row of its chat is in hand
    // and none is queued ahead of it (a reply's retry holds back that chat's later rows; a broadcast row never holds back
    // a reply). Claims therefore take turns across chats, and one chat's backlog cannot fill a claim.
    private const string FirstOfItsChat = $"""
        NOT EXISTS (SELECT 1 FROM deliveries s WHERE s.chat_id = d.chat_id AND s.state = '{DeliveryState.Sending}')
        AND NOT EXISTS (
            SELECT 1 FROM deliveries e
            WHERE e.chat_id = d.chat_id AND e.state IN ('{DeliveryState.Pending}', '{DeliveryState.Retry}')
              AND (e.priority, e.id) < (d.priority, d.id))
        """;

    private const string DueSql = $"""
        SELECT d.id AS Id, d.broadcast_id AS BroadcastId, b.kind AS BroadcastKind, d.chat_id AS ChatId, c.kind AS ChatKind, d.priority AS Priority,
               coalesce(d.text, b.text) AS Text, d.buttons AS Buttons, d.edit_message_id AS EditMessageId,
               d.attempts + 1 AS Attempts, d.parts_sent AS PartsSent, f.file_name AS DocumentName
        FROM deliveries d
        JOIN chats c ON c.chat_id = d.chat_id
        LEFT JOIN broadcasts b ON b.id = d.broadcast_id
        LEFT JOIN delivery_documents f ON f.delivery_id = d.id
        WHERE d.state IN ('{DeliveryState.Pending}', '{DeliveryState.Retry}') AND d.not_before <= @Now
          AND {FirstOfItsChat}
        ORDER BY d.priority, d.id
        LIMIT @Limit
        """;

    private const string ClaimSql = "UPDATE deliveries SET state = @Sending, attempts = attempts + 1 WHERE id IN @Ids";

    // Rows held back behind another of their chat's rows are not due on their own; the writer's wake-up brings them.
    private const string NextDueSql = $"""
        SELECT min(d.not_before) FROM deliveries d
        WHERE d.state IN ('{DeliveryState.Pending}', '{DeliveryState.Retry}') AND {FirstOfItsChat}
        """;

    private const string ApplySql = $"""
        UPDATE deliveries SET
            state = @State,
            parts_sent = @PartsSent,
            message_id = coalesce(@MessageId, message_id),
            not_before = CASE WHEN @State = '{DeliveryState.Retry}' THEN @NotBefore ELSE not_before END,
            error = @Error,
            attempts = CASE WHEN @CountsAsAttempt THEN attempts ELSE attempts - 1 END,
            sent_at = CASE WHEN @State = '{DeliveryState.Sent}' THEN @At ELSE sent_at END
        WHERE id = @Id
        """;

    private const string FailChatSql = $"""
        UPDATE deliveries SET state = '{DeliveryState.Failed}', error = @Reason
        WHERE chat_id = @ChatId AND state IN ('{DeliveryState.Pending}', '{DeliveryState.Retry}')
        """;

    public async Task EnqueueReplyAsync(IDbConnection db, IDbTransaction transaction, OutgoingMessage message, CancellationToken ct)
    {
        var args = new
        {
            message.ChatId,
            Priority = DeliveryPriority.Reply,
            Text = message.Text.Value,
            Buttons = ButtonsJson.Write(message.Buttons),
            message.EditMessageId,
            Now = time.NowMs(),
        };
        await db.ExecuteAsync(new CommandDefinition(EnqueueReplySql, args, transaction, cancellationToken: ct));
        if (message.Document is { } document)
        {
            await DeliveryDocuments.AddToLastAsync(db, transaction, document, ct);
        }
    }

    /// <summary>Queues one row per active chat in the caller's transaction; returns null when the key was queued before.</summary>
    public async Task<long?> EnqueueBroadcastAsync(
        IDbConnection db, IDbTransaction transaction, Broadcast broadcast, IEnumerable<long> chatIds, CancellationToken ct)
    {
        var now = time.NowMs();
        var header = new { broadcast.Key, broadcast.Kind, Text = broadcast.Text.Value, broadcast.StartedByChatId, Now = now };
        var id = await db.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(CreateBroadcastSql, header, transaction, cancellationToken: ct));
        if (id is not { } broadcastId)
        {
            return null;
        }

        var english = broadcast.EnglishText?.Value;
        var buttons = ButtonsJson.Write(broadcast.Buttons ?? []);
        var recipients = new
        {
            BroadcastId = broadcastId,
            ChatIds = JsonSerializer.Serialize(chatIds.Distinct()),
            Priority = DeliveryPriority.Broadcast,
            EnglishText = english,
            Buttons = buttons,
            Now = now,
        };
        await db.ExecuteAsync(new CommandDefinition(AddRecipientsSql, recipients, transaction, cancellationToken: ct));
        await db.ExecuteAsync(new CommandDefinition(CountRecipientsSql, new { BroadcastId = broadcastId }, transaction, cancellationToken: ct));
        return broadcastId;
    }

    /// <summary>Queues many one-chat broadcasts in the caller's transaction; returns the keys queued now (the others were queued before).</summary>
    public async Task<IReadOnlySet<string>> EnqueueOneChatBroadcastsAsync(
        IDbConnection db, IDbTransaction transaction, IReadOnlyCollection<OneChatBroadcast> items, CancellationToken ct)
    {
        var now = time.NowMs();
        var keys = JsonSerializer.Serialize(items.Select(i => i.Broadcast.Key));
        var existing = (await db.QueryAsync<string>(new CommandDefinition(ExistingKeysSql, new { Keys = keys }, transaction, cancellationToken: ct)))
            .ToHashSet(StringComparer.Ordinal);
        var fresh = items.Where(i => existing.Add(i.Broadcast.Key)).ToList();
        if (fresh.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var headers = fresh.Select(i => new { i.Broadcast.Key, i.Broadcast.Kind, Text = i.Broadcast.Text.Value, Now = now });
        await db.ExecuteAsync(new CommandDefinition(CreateOneChatBroadcastSql, headers, transaction, cancellationToken: ct));
        var rows = JsonSerializer.Serialize(fresh.Select(i => new OneChatRow(
            i.Broadcast.Key, i.ChatId, i.Broadcast.EnglishText?.Value, ButtonsJson.Write(i.Broadcast.Buttons ?? []))));
        var args = new { Items = rows, Priority = DeliveryPriority.Broadcast, Now = now };
        await db.ExecuteAsync(new CommandDefinition(AddOneChatRecipientsSql, args, transaction, cancellationToken: ct));
        await db.ExecuteAsync(new CommandDefinition(CountOneChatRecipientsSql, new { Items = rows }, transaction, cancellationToken: ct));
        return fresh.Select(i => i.Broadcast.Key).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<long?> EnqueueBroadcastAsync(Broadcast broadcast, IEnumerable<long> chatIds, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        await using var transaction = await db.BeginTransactionAsync(ct);
        var id = await EnqueueBroadcastAsync(db, transaction, broadcast, chatIds, ct);
        await transaction.CommitAsync(ct);
        return id;
    }

    public async Task<IReadOnlyList<long>> RecipientsOfAsync(string key, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return (await db.QueryAsync<long>(new CommandDefinition(RecipientsSql, new { Key = key }, cancellationToken: ct))).AsList();
    }

    public async Task<int> ResetInFlightAsync(CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return await db.ExecuteAsync(new CommandDefinition(ResetInFlightSql, new { DeliveryState.Pending, DeliveryState.Sending }, cancellationToken: ct));
    }

    /// <summary>
    /// Marks up to <paramref name="limit"/> due rows as in flight and returns them, replies first, at most one per chat
    /// and none for a chat that already has one in flight.
    /// </summary>
    public async Task<IReadOnlyList<DeliveryRow>> ClaimDueAsync(int limit, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        await using var transaction = await db.BeginTransactionAsync(ct);
        var due = (await db.QueryAsync<DeliveryRow>(new CommandDefinition(DueSql, new { Now = time.NowMs(), Limit = limit }, transaction, cancellationToken: ct))).AsList();
        if (due.Count > 0)
        {
            await db.ExecuteAsync(new CommandDefinition(ClaimSql, new { DeliveryState.Sending, Ids = due.Select(r => r.Id) }, transaction, cancellationToken: ct));
        }

        await transaction.CommitAsync(ct);
        return due;
    }

    /// <returns>The file of a document delivery, streamed from the database; null when it is no longer there.</returns>
    public async Task<Stream?> OpenDocumentAsync(long deliveryId, CancellationToken ct)
    {
        var db = await connections.OpenAsync(ct);
        if (DeliveryDocuments.Open(db, deliveryId) is { } document)
        {
            return document;
        }

        await db.DisposeAsync();
        return null;
    }

    public async Task<long> CountUnsentAsync(CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        // The states are written into the text, not bound: SQLite uses a partial index only when the query's own
        // literals imply the index's WHERE, and these are the code's constants, never user input.
        const string sql = $"SELECT count(*) FROM deliveries WHERE state IN ('{DeliveryState.Pending}', '{DeliveryState.Retry}', '{DeliveryState.Sending}')";
        return await db.ExecuteScalarAsync<long>(new CommandDefinition(sql, cancellationToken: ct));
    }

    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var ms = await db.ExecuteScalarAsync<long?>(new CommandDefinition(NextDueSql, cancellationToken: ct));
        return ms is { } value ? UnixTime.From(value) : null;
    }

    public async Task ApplyAsync(IReadOnlyCollection<DeliveryResult> results, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        await using var transaction = await db.BeginTransactionAsync(ct);
        await db.ExecuteAsync(new CommandDefinition(ApplySql, results, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
    }

    public async Task FailPendingForChatAsync(long chatId, string reason, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        await db.ExecuteAsync(new CommandDefinition(FailChatSql, new { ChatId = chatId, Reason = reason }, cancellationToken: ct));
    }

    private sealed record OneChatRow(
        [property: JsonPropertyName("key")] string Key,
        [property: JsonPropertyName("chat")] long Chat,
        [property: JsonPropertyName("en")] string? English,
        [property: JsonPropertyName("buttons")] string? Buttons);
}
