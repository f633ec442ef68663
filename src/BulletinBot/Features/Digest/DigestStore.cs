using BulletinBot.Data;
using Dapper;

namespace BulletinBot.Features.Digest;

/// <summary>When each chat wants its digest (digest_slots) and what became of each scheduled run (digest_runs).</summary>
public sealed class DigestStore(SqliteConnectionFactory connections, TimeProvider time)
{
    private const string SetSlotSql = """
        INSERT INTO digest_slots (chat_id, weekday, hour, off, updated_at) VALUES (@ChatId, @Weekday, @Hour, @Off, @Now)
        ON CONFLICT (chat_id) DO UPDATE SET weekday = excluded.weekday, hour = excluded.hour, off = excluded.off, updated_at = excluded.updated_at
        """;

    private const string ClearSlotSql = "DELETE FROM digest_slots WHERE chat_id = @ChatId";

    private const string SlotOfSql = "SELECT weekday AS Weekday, hour AS Hour, off AS Off FROM digest_slots WHERE chat_id = @ChatId";

    private const string InSlotSql = "SELECT chat_id FROM digest_slots WHERE off = 0 AND weekday = @Weekday AND hour = @Hour";

    private const string ChoseSql = "SELECT chat_id FROM digest_slots";

    private const string OffSql = "SELECT chat_id FROM digest_slots WHERE off = 1";

    private const string SlotsInUseSql = "SELECT DISTINCT weekday AS Weekday, hour AS Hour FROM digest_slots WHERE off = 0";

    private const string RecordRunSql = """
        INSERT INTO digest_runs (slot, week, outcome, reason, chats, due_at, recorded_at)
        VALUES (@Slot, @Week, @Outcome, @Reason, @Chats, @DueAt, @Now)
        ON CONFLICT (slot, week) DO UPDATE SET chats = digest_runs.chats + excluded.chats, recorded_at = excluded.recorded_at
        """;

    private const string SkippedSql = """
        SELECT slot AS Slot, week AS Week, due_at AS DueAt, coalesce(reason, '') AS Reason FROM digest_runs
        WHERE outcome = 'skipped' AND recorded_at >= @Since ORDER BY due_at DESC LIMIT @Limit
        """;

    /// <summary>Sets the chat's own slot; null goes back to the common one.</summary>
    public async Task SetSlotAsync(long chatId, DigestSlot? slot, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var sql = slot is null ? ClearSlotSql : SetSlotSql;
        var args = new { ChatId = chatId, slot?.Weekday, slot?.Hour, Off = false, Now = time.NowMs() };
        await db.ExecuteAsync(new CommandDefinition(sql, args, cancellationToken: ct));
    }

    public async Task TurnOffAsync(long chatId, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { ChatId = chatId, Weekday = (int?)null, Hour = (int?)null, Off = true, Now = time.NowMs() };
        await db.ExecuteAsync(new CommandDefinition(SetSlotSql, args, cancellationToken: ct));
    }

    public async Task<ChatDigestChoice> ChoiceOfAsync(long chatId, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var row = await db.QuerySingleOrDefaultAsync<SlotRow>(new CommandDefinition(SlotOfSql, new { ChatId = chatId }, cancellationToken: ct));
        return row switch
        {
            null => new ChatDigestChoice(null, Off: false),
            { Off: true } => new ChatDigestChoice(null, Off: true),
            _ => new ChatDigestChoice(new DigestSlot(row.Weekday ?? 1, row.Hour ?? 8), Off: false),
        };
    }

    public async Task<IReadOnlySet<long>> ChatsInAsync(DigestSlot slot, CancellationToken ct) =>
        await ChatIdsAsync(InSlotSql, new { slot.Weekday, slot.Hour }, ct);

    /// <summary>Chats with a choice of their own (a slot, or off): the common slot leaves them out.</summary>
    public Task<IReadOnlySet<long>> ChatsThatChoseAsync(CancellationToken ct) => ChatIdsAsync(ChoseSql, null, ct);

    public Task<IReadOnlySet<long>> ChatsOffAsync(CancellationToken ct) => ChatIdsAsync(OffSql, null, ct);

    public async Task<IReadOnlyList<DigestSlot>> SlotsInUseAsync(CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return [.. (await db.QueryAsync<SlotRow>(new CommandDefinition(SlotsInUseSql, cancellationToken: ct)))
            .Where(r => r.Weekday is not null && r.Hour is not null).Select(r => new DigestSlot(r.Weekday ?? 1, r.Hour ?? 8))];
    }

    public async Task RecordRunAsync(string slot, string week, string outcome, string? reason, int chats, DateTimeOffset due, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { Slot = slot, Week = week, Outcome = outcome, Reason = reason, Chats = chats, DueAt = UnixTime.Ms(due), Now = time.NowMs() };
        await db.ExecuteAsync(new CommandDefinition(RecordRunSql, args, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<SkippedDigest>> SkippedAsync(DateTimeOffset since, int limit, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { Since = UnixTime.Ms(since), Limit = limit };
        return (await db.QueryAsync<SkippedDigest>(new CommandDefinition(SkippedSql, args, cancellationToken: ct))).AsList();
    }

    private async Task<IReadOnlySet<long>> ChatIdsAsync(string sql, object? args, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return (await db.QueryAsync<long>(new CommandDefinition(sql, args, cancellationToken: ct))).ToHashSet();
    }

    private sealed record SlotRow
    {
        public int? Weekday { get; init; }

        public int? Hour { get; init; }

        public bool Off { get; init; }
    }
}
