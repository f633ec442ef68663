using System.Data;
using BulletinBot.Data;
using Dapper;

namespace BulletinBot.Chat.Conversations;

/// <summary>
/// Open conversations, one per chat, kept in the database so that a restart in the middle of a form loses nothing.
/// </summary>
public sealed class ConversationStore(SqliteConnectionFactory connections, TimeProvider time)
{
    /// <summary>A form left alone this long is over: text typed days later is not an answer to its question.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private const string Columns = """
        SELECT chat_id AS ChatId, user_id AS UserId, kind AS Kind, step AS Step, draft AS Draft,
               card_message_id AS CardMessageId, updated_at AS UpdatedAt
        FROM conversations
        """;

    private const string FindSql = Columns + " WHERE chat_id = @ChatId AND updated_at >= @Since";

    private const string OfKindSql = Columns + " WHERE kind = @Kind AND updated_at <= @Before ORDER BY updated_at";

    private const string SaveSql = """
        INSERT INTO conversations (chat_id, user_id, kind, step, draft, card_message_id, updated_at)
        VALUES (@ChatId, @UserId, @Kind, @Step, @Draft, @CardMessageId, @Now)
        ON CONFLICT (chat_id) DO UPDATE SET
            user_id = excluded.user_id, kind = excluded.kind, step = excluded.step, draft = excluded.draft,
            card_message_id = excluded.card_message_id, updated_at = excluded.updated_at
        """;

    // RETURNING rather than the affected-row count, which a pooled connection can carry over from its last write.
    private const string EndSql = "DELETE FROM conversations WHERE chat_id = @ChatId AND (@Kind IS NULL OR kind = @Kind) RETURNING chat_id";

    private const string EndUnchangedSql = """
        DELETE FROM conversations WHERE chat_id = @ChatId AND kind = @Kind AND updated_at = @UpdatedAt RETURNING chat_id
        """;

    public async Task<Conversation?> FindAsync(long chatId, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { ChatId = chatId, Since = UnixTime.Ms(time.GetUtcNow() - Lifetime) };
        return await db.QuerySingleOrDefaultAsync<Conversation>(new CommandDefinition(FindSql, args, cancellationToken: ct));
    }

    /// <summary>Conversations of one kind untouched since <paramref name="before"/>, oldest first.</summary>
    public async Task<IReadOnlyList<Conversation>> OfKindAsync(string kind, DateTimeOffset before, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { Kind = kind, Before = UnixTime.Ms(before) };
        return (await db.QueryAsync<Conversation>(new CommandDefinition(OfKindSql, args, cancellationToken: ct))).AsList();
    }

    /// <summary>Opens or moves on the chat's conversation; whatever else was open in the chat is replaced.</summary>
    public async Task SaveAsync(Conversation conversation, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        await SaveAsync(db, null, conversation, ct);
    }

    public Task SaveAsync(IDbConnection db, IDbTransaction? transaction, Conversation conversation, CancellationToken ct)
    {
        var args = new
        {
            conversation.ChatId, conversation.UserId, conversation.Kind, conversation.Step, conversation.Draft,
            conversation.CardMessageId, Now = time.NowMs(),
        };
        return db.ExecuteAsync(new CommandDefinition(SaveSql, args, transaction, cancellationToken: ct));
    }

    /// <returns>Whether a conversation (of <paramref name="kind"/>, when given) was open.</returns>
    public async Task<bool> EndAsync(long chatId, string? kind, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return (await db.QueryAsync<long>(new CommandDefinition(EndSql, new { ChatId = chatId, Kind = kind }, cancellationToken: ct))).Any();
    }

    /// <summary>Ends a conversation only if nobody moved it on since it was read; false means it is still in use.</summary>
    public async Task<bool> EndIfUnchangedAsync(Conversation conversation, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { conversation.ChatId, conversation.Kind, conversation.UpdatedAt };
        return (await db.QueryAsync<long>(new CommandDefinition(EndUnchangedSql, args, cancellationToken: ct))).Any();
    }
}
