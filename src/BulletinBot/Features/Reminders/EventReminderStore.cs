using System.Data;
using BulletinBot.Data;
using Dapper;

namespace BulletinBot.Features.Reminders;

/// <summary>Reminders' copy of published events, the reminder times chosen for them, what was done, and who opted out.</summary>
public sealed class EventReminderStore(SqliteConnectionFactory connections, TimeProvider time)
{
    private const string Columns = """
        SELECT event_id AS EventId, title AS Title, starts_on AS StartsOn, starts_at AS StartsAt, place AS Place,
               place_en AS PlaceEn, current_province AS CurrentProvince, region AS Region, topic_text AS TopicText,
               offsets AS Offsets, cancelled AS Cancelled, planned_at AS PlannedAt
        FROM reminder_events
        """;

    private const string FindSql = Columns + " WHERE event_id = @EventId";

    // Events still ahead (or today), whose reminders may still be due or catching up.
    private const string ActiveSql = Columns + " WHERE cancelled = 0 AND starts_on >= @From ORDER BY event_id";

    // planned_at moves only when the reminders change (time, day or offsets), so an edit of the title leaves a reminder
    // missed while the bot was down still eligible to catch up.
    private const string SaveSql = """
        INSERT INTO reminder_events (event_id, title, starts_on, starts_at, place, place_en, current_province, region,
                                     topic_text, offsets, cancelled, planned_at)
        VALUES (@EventId, @Title, @StartsOn, @StartsAt, @Place, @PlaceEn, @CurrentProvince, @Region, @TopicText, @Offsets, 0, @Now)
        ON CONFLICT (event_id) DO UPDATE SET
            title = excluded.title, starts_on = excluded.starts_on, starts_at = excluded.starts_at, place = excluded.place,
            place_en = excluded.place_en, current_province = excluded.current_province, region = excluded.region,
            topic_text = excluded.topic_text, offsets = excluded.offsets, cancelled = 0,
            planned_at = CASE
                WHEN reminder_events.cancelled = 0 AND reminder_events.starts_on = excluded.starts_on
                     AND reminder_events.starts_at IS excluded.starts_at AND reminder_events.offsets = excluded.offsets
                THEN reminder_events.planned_at ELSE excluded.planned_at END
        """;

    private const string CancelSql = "UPDATE reminder_events SET cancelled = 1, planned_at = @Now WHERE event_id = @EventId";

    private const string ChoiceSql = "SELECT offsets FROM reminder_choices WHERE event_id = @EventId";

    private const string ChooseSql = """
        INSERT INTO reminder_choices (event_id, offsets) VALUES (@EventId, @Offsets)
        ON CONFLICT (event_id) DO UPDATE SET offsets = excluded.offsets
        """;

    private const string LogSql = """
        INSERT INTO event_reminder_log (event_id, offset_key, starts, outcome, reason, due_at, recorded_at)
        VALUES (@EventId, @OffsetKey, @Starts, @Outcome, @Reason, @DueAt, @Now)
        ON CONFLICT DO NOTHING
        RETURNING 1
        """;

    private const string LoggedSql = "SELECT offset_key || '@' || starts FROM event_reminder_log WHERE event_id = @EventId";

    private const string OptOutSql = "INSERT INTO reminder_opt_outs (chat_id, created_at) VALUES (@ChatId, @Now) ON CONFLICT DO NOTHING";

    private const string OptInSql = "DELETE FROM reminder_opt_outs WHERE chat_id = @ChatId";

    private const string IsOptedOutSql = "SELECT count(*) FROM reminder_opt_outs WHERE chat_id = @ChatId";

    private const string OptedOutSql = "SELECT chat_id FROM reminder_opt_outs";

    public async Task<ReminderEvent?> FindAsync(long eventId, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return await FindAsync(db, null, eventId, ct);
    }

    public static async Task<ReminderEvent?> FindAsync(IDbConnection db, IDbTransaction? transaction, long eventId, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<ReminderEvent>(new CommandDefinition(FindSql, new { EventId = eventId }, transaction, cancellationToken: ct));

    public async Task<IReadOnlyList<ReminderEvent>> ActiveAsync(DateOnly from, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { From = from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        return (await db.QueryAsync<ReminderEvent>(new CommandDefinition(ActiveSql, args, cancellationToken: ct))).AsList();
    }

    public async Task SaveAsync(IDbConnection db, IDbTransaction transaction, EventReminderPlan plan, IReadOnlyList<TimeSpan> offsets, CancellationToken ct)
    {
        var args = new
        {
            plan.EventId,
            plan.Title,
            StartsOn = plan.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            StartsAt = plan.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            plan.Place,
            plan.PlaceEn,
            plan.CurrentProvince,
            plan.Region,
            plan.TopicText,
            Offsets = ReminderOffsets.Write(offsets),
            Now = time.NowMs(),
        };
        await db.ExecuteAsync(new CommandDefinition(SaveSql, args, transaction, cancellationToken: ct));
    }

    public async Task CancelAsync(IDbConnection db, IDbTransaction transaction, long eventId, CancellationToken ct) =>
        await db.ExecuteAsync(new CommandDefinition(CancelSql, new { EventId = eventId, Now = time.NowMs() }, transaction, cancellationToken: ct));

    public async Task<IReadOnlyList<TimeSpan>?> ChoiceAsync(long eventId, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var json = await db.QuerySingleOrDefaultAsync<string>(new CommandDefinition(ChoiceSql, new { EventId = eventId }, cancellationToken: ct));
        return json is null ? null : ReminderOffsets.Read(json);
    }

    public async Task ChooseAsync(long eventId, IReadOnlyList<TimeSpan> offsets, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { EventId = eventId, Offsets = ReminderOffsets.Write(offsets) };
        await db.ExecuteAsync(new CommandDefinition(ChooseSql, args, cancellationToken: ct));
    }

    /// <returns>True for the one call that recorded this reminder; false when it was done (or skipped) before.</returns>
    public async Task<bool> LogAsync(IDbConnection db, IDbTransaction? transaction, ReminderLogEntry entry, CancellationToken ct)
    {
        var args = new { entry.EventId, entry.OffsetKey, entry.Starts, entry.Outcome, entry.Reason, entry.DueAt, Now = time.NowMs() };
        return await db.ExecuteScalarAsync<long?>(new CommandDefinition(LogSql, args, transaction, cancellationToken: ct)) == 1;
    }

    /// <summary>The reminders of an event already sent or skipped, as `offset@starts`.</summary>
    public async Task<IReadOnlySet<string>> LoggedAsync(long eventId, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return (await db.QueryAsync<string>(new CommandDefinition(LoggedSql, new { EventId = eventId }, cancellationToken: ct))).ToHashSet(StringComparer.Ordinal);
    }

    public async Task SetEventRemindersAsync(long chatId, bool on, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        await db.ExecuteAsync(new CommandDefinition(on ? OptInSql : OptOutSql, new { ChatId = chatId, Now = time.NowMs() }, cancellationToken: ct));
    }

    public async Task<bool> WantsEventRemindersAsync(long chatId, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return await db.ExecuteScalarAsync<long>(new CommandDefinition(IsOptedOutSql, new { ChatId = chatId }, cancellationToken: ct)) == 0;
    }

    public async Task<IReadOnlySet<long>> OptedOutAsync(CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return (await db.QueryAsync<long>(new CommandDefinition(OptedOutSql, cancellationToken: ct))).ToHashSet();
    }
}
