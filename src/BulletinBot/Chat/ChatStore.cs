using BulletinBot.Data;
using Dapper;

namespace BulletinBot.Chat;

/// <summary>The chats the bot knows: kind, language and whether Telegram still lets us write to them.</summary>
public sealed class ChatStore(SqliteConnectionFactory connections, TimeProvider time)
{
    // Hearing from a chat proves we may write to it again, so any message re-activates it.
    private const string RegisterSql = """
        INSERT INTO chats (chat_id, kind, title, language, is_active, created_at, updated_at)
        VALUES (@ChatId, @Kind, @Title, @Language, 1, @Now, @Now)
        ON CONFLICT (chat_id) DO UPDATE SET
            title = coalesce(excluded.title, chats.title),
            is_active = 1,
            inactive_reason = NULL,
            updated_at = excluded.updated_at
        RETURNING chat_id AS ChatId, kind AS Kind, language AS Language, is_active AS IsActive
        """;

    private const string FindSql = """
        SELECT chat_id AS ChatId, kind AS Kind, language AS Language, is_active AS IsActive
        FROM chats WHERE chat_id = @ChatId
        """;

    private const string SetLanguageSql = "UPDATE chats SET language = @Language, updated_at = @Now WHERE chat_id = @ChatId";

    // A chat that wrote to us after the failed send (updated_at is later) has unblocked us in the meantime.
    private const string DeactivateSql = """
        UPDATE chats SET is_active = 0, inactive_reason = @Reason, updated_at = @Now
        WHERE chat_id = @ChatId AND updated_at <= @NotHeardSince
        """;

    // A supergroup that already talked to us keeps its own row when it has subscriptions of its own; otherwise the old
    // group's row, with its subscriptions and queued deliveries (ON UPDATE CASCADE), takes the new id.
    private const string MoveSql = """
        DELETE FROM chats WHERE chat_id = @NewId
            AND NOT EXISTS (SELECT 1 FROM subscriptions WHERE chat_id = @NewId)
            AND EXISTS (SELECT 1 FROM chats WHERE chat_id = @OldId);
        UPDATE OR IGNORE chats SET chat_id = @NewId, is_active = 1, inactive_reason = NULL, updated_at = @Now WHERE chat_id = @OldId;
        UPDATE chats SET is_active = 0, inactive_reason = 'migrated to ' || @NewId, updated_at = @Now WHERE chat_id = @OldId;
        """;

    public async Task<ChatRecord> RegisterAsync(ChatRequest request, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new
        {
            request.ChatId,
            Kind = request.ChatKind == ChatKind.Private ? "private" : "group",
            Title = request.ChatTitle,
            Language = LanguageText.FromUserLanguage(request.UserLanguage).Code(),
            Now = time.NowMs(),
        };
        return await db.QuerySingleAsync<ChatRecord>(new CommandDefinition(RegisterSql, args, cancellationToken: ct));
    }

    public async Task<ChatRecord?> FindAsync(long chatId, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return await db.QuerySingleOrDefaultAsync<ChatRecord>(new CommandDefinition(FindSql, new { ChatId = chatId }, cancellationToken: ct));
    }

    public async Task SetLanguageAsync(long chatId, Language language, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { ChatId = chatId, Language = language.Code(), Now = time.NowMs() };
        await db.ExecuteAsync(new CommandDefinition(SetLanguageSql, args, cancellationToken: ct));
    }

    /// <returns>False when the chat has written to us since <paramref name="notHeardSince"/> and so stays active.</returns>
    public async Task<bool> DeactivateAsync(long chatId, string reason, DateTimeOffset notHeardSince, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { ChatId = chatId, Reason = reason, Now = time.NowMs(), NotHeardSince = UnixTime.Ms(notHeardSince) };
        return await db.ExecuteAsync(new CommandDefinition(DeactivateSql, args, cancellationToken: ct)) == 1;
    }

    public async Task MoveAsync(long oldId, long newId, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        await using var transaction = await db.BeginTransactionAsync(ct);
        var args = new { OldId = oldId, NewId = newId, Now = time.NowMs() };
        await db.ExecuteAsync(new CommandDefinition(MoveSql, args, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
    }
}
