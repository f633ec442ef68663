using System.Data;
using System.Text.Json;
using BulletinBot.Data;
using Dapper;

namespace BulletinBot.Features.Reminders;

/// <summary>Personal reminders: set, listed, snoozed, deleted, and taken when due.</summary>
public sealed class ReminderStore(SqliteConnectionFactory connections, TimeProvider time)
{
    private const string Columns = """
        SELECT p.id AS Id, p.chat_id AS ChatId, p.event_id AS EventId, p.due_at AS DueAt, p.state AS State,
               e.title AS Title, e.starts_on AS StartsOn, e.starts_at AS StartsAt, e.place AS Place, e.place_en AS PlaceEn,
               e.cancelled AS Cancelled, c.language AS Language
        FROM personal_reminders p
        JOIN reminder_events e ON e.event_id = p.event_id
        JOIN chats c ON c.chat_id = p.chat_id
        """;

    private const string AddSql = """
        INSERT INTO personal_reminders (chat_id, event_id, due_at, created_at, updated_at)
        VALUES (@ChatId, @EventId, @DueAt, @Now, @Now)
        ON CONFLICT DO NOTHING
        RETURNING id
        """;

    private const string PendingSql = Columns + " WHERE p.chat_id = @ChatId AND p.state = 'pending' ORDER BY p.due_at, p.id LIMIT @Limit";

    private const string CountPendingSql = "SELECT count(*) FROM personal_reminders WHERE chat_id = @ChatId AND state = 'pending'";

    private const string FindSql = Columns + " WHERE p.id = @Id AND p.chat_id = @ChatId";

    private const string DueSql = Columns + " WHERE p.state = 'pending' AND p.due_at <= @Now ORDER BY p.due_at, p.id LIMIT @Limit";

    private const string NextDueSql = "SELECT min(due_at) FROM personal_reminders WHERE state = 'pending'";

    private const string DeleteSql = """
        UPDATE personal_reminders SET state = 'deleted', updated_at = @Now
        WHERE id = @Id AND chat_id = @ChatId AND state = 'pending'
        RETURNING id
        """;

    // A reminder already pending at the same minute for the same event makes the snooze a no-op rather than an error.
    private const string SnoozeSql = """
        UPDATE OR IGNORE personal_reminders SET state = 'pending', due_at = @DueAt, reason = NULL, updated_at = @Now
        WHERE id = @Id AND chat_id = @ChatId AND state IN ('pending', 'sent', 'skipped')
        RETURNING id
        """;

    // Only reminders still pending and due change: one snoozed or deleted since it was read keeps its new state.
    private const string SettleSql = """
        UPDATE personal_reminders SET state = @State, reason = @Reason, updated_at = @Now
        WHERE id IN (SELECT value FROM json_each(@Ids)) AND state = 'pending' AND due_at <= @DueBy
        RETURNING id
        """;

    private const string SkippedSql = """
        SELECT l.event_id AS EventId, coalesce(e.title, '') AS Title, l.offset_key AS Which, l.due_at AS DueAt, coalesce(l.reason, '') AS Reason
        FROM event_reminder_log l LEFT JOIN reminder_events e ON e.event_id = l.event_id
        WHERE l.outcome = 'skipped' AND l.recorded_at >= @Since
        UNION ALL
        SELECT p.event_id, e.title, 'personal', p.due_at, coalesce(p.reason, '')
        FROM personal_reminders p JOIN reminder_events e ON e.event_id = p.event_id
        WHERE p.state = 'skipped' AND p.updated_at >= @Since
        ORDER BY 4 DESC
        LIMIT @Limit
        """;

    /// <returns>The new reminder's id, or null when the chat already has one for that event at that minute.</returns>
    public async Task<long?> AddAsync(long chatId, long eventId, DateTimeOffset due, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { ChatId = chatId, EventId = eventId, DueAt = UnixTime.Ms(due), Now = time.NowMs() };
        return await db.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(AddSql, args, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<PersonalReminder>> PendingAsync(long chatId, int limit, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return (await db.QueryAsync<PersonalReminder>(new CommandDefinition(PendingSql, new { ChatId = chatId, Limit = limit }, cancellationToken: ct))).AsList();
    }

    public async Task<long> CountPendingAsync(long chatId, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return await db.ExecuteScalarAsync<long>(new CommandDefinition(CountPendingSql, new { ChatId = chatId }, cancellationToken: ct));
    }

    public async Task<PersonalReminder?> FindAsync(long chatId, long id, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return await db.QuerySingleOrDefaultAsync<PersonalReminder>(new CommandDefinition(FindSql, new { ChatId = chatId, Id = id }, cancellationToken: ct));
    }

    public async Task<bool> DeleteAsync(long chatId, long id, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { ChatId = chatId, Id = id, Now = time.NowMs() };
        return (await db.QueryAsync<long>(new CommandDefinition(DeleteSql, args, cancellationToken: ct))).Any();
    }

    public async Task<bool> SnoozeAsync(long chatId, long id, DateTimeOffset due, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { ChatId = chatId, Id = id, DueAt = UnixTime.Ms(due), Now = time.NowMs() };
        return (await db.QueryAsync<long>(new CommandDefinition(SnoozeSql, args, cancellationToken: ct))).Any();
    }

    /// <summary>Pending reminders due by <paramref name="now"/>, earliest first.</summary>
    public async Task<IReadOnlyList<PersonalReminder>> DueAsync(DateTimeOffset now, int limit, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { Now = UnixTime.Ms(now), Limit = limit };
        return (await db.QueryAsync<PersonalReminder>(new CommandDefinition(DueSql, args, cancellationToken: ct))).AsList();
    }

    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return await db.ExecuteScalarAsync<long?>(new CommandDefinition(NextDueSql, cancellationToken: ct)) is { } ms ? UnixTime.From(ms) : null;
    }

    /// <returns>The reminders, among <paramref name="ids"/>, that were still pending and due by <paramref name="dueBy"/> and are now <paramref name="state"/>.</returns>
    public async Task<IReadOnlySet<long>> SettleAsync(
        IDbConnection db, IDbTransaction transaction, IEnumerable<long> ids, string state, string? reason, DateTimeOffset dueBy, CancellationToken ct)
    {
        var args = new { Ids = JsonSerializer.Serialize(ids), State = state, Reason = reason, DueBy = UnixTime.Ms(dueBy), Now = time.NowMs() };
        return (await db.QueryAsync<long>(new CommandDefinition(SettleSql, args, transaction, cancellationToken: ct))).ToHashSet();
    }

    /// <summary>Event and personal reminders skipped since <paramref name="since"/>, latest first.</summary>
    public async Task<IReadOnlyList<SkippedReminder>> SkippedAsync(DateTimeOffset since, int limit, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { Since = UnixTime.Ms(since), Limit = limit };
        return (await db.QueryAsync<SkippedReminder>(new CommandDefinition(SkippedSql, args, cancellationToken: ct))).AsList();
    }
}
