using System.Data;
using BulletinBot.Data;
using Dapper;

namespace BulletinBot.Features.Events;

/// <summary>The events table: drafts, publishing (once), edits and cancellations.</summary>
public sealed class EventStore(SqliteConnectionFactory connections, TimeProvider time)
{
    internal const string Columns = """
        SELECT id AS Id, status AS Status, title AS Title, starts_on AS StartsOn, starts_at AS StartsAt,
               date_confirmed AS DateConfirmed, venue AS Venue, province AS Province, current_province AS CurrentProvince,
               region AS Region, attendees AS Attendees, attendees_at_least AS AttendeesAtLeast,
               provinces_count AS ProvincesCount, topics AS Topics, people AS People, organizers AS Organizers,
               summary AS Summary, source_url AS SourceUrl, origin AS Origin, author_user_id AS AuthorUserId,
               author_chat_id AS AuthorChatId, revision AS Revision
        FROM events
        """;

    private const string FindSql = Columns + " WHERE id = @Id";

    private const string InsertSql = """
        INSERT INTO events (status, title, starts_on, starts_at, date_confirmed, venue, province, current_province, region,
                            attendees, attendees_at_least, provinces_count, topics, people, organizers, summary, source_url,
                            origin, author_user_id, author_chat_id, created_at, updated_at)
        VALUES ('draft', @Title, @StartsOn, @StartsAt, @DateConfirmed, @Venue, @Province, @CurrentProvince, @Region,
                @Attendees, @AttendeesAtLeast, @ProvincesCount, @Topics, @People, @Organizers, @Summary, @SourceUrl,
                @Origin, @AuthorUserId, @AuthorChatId, @Now, @Now)
        RETURNING id
        """;

    private const string SetFields = """
        title = @Title, starts_on = @StartsOn, starts_at = @StartsAt, date_confirmed = @DateConfirmed, venue = @Venue,
        province = @Province, current_province = @CurrentProvince, region = @Region, attendees = @Attendees,
        attendees_at_least = @AttendeesAtLeast, provinces_count = @ProvincesCount, topics = @Topics, people = @People,
        organizers = @Organizers, summary = @Summary, source_url = @SourceUrl, updated_at = @Now
        """;

    private const string UpdateDraftSql = "UPDATE events SET " + SetFields + " WHERE id = @Id AND status = 'draft' RETURNING id";

    // The status check makes a second press of Đăng, or a press on an old card, publish nothing.
    private const string PublishSql = """
        UPDATE events SET status = 'published', published_at = @Now, updated_at = @Now
        WHERE id = @Id AND status = 'draft' AND date_confirmed = 1 AND starts_on IS NOT NULL
        RETURNING id
        """;

    private const string ApplyEditSql = "UPDATE events SET " + SetFields + """
        , revision = revision + 1, edited_at = @Now
        WHERE id = @Id AND status = 'published' AND revision = @Revision
        RETURNING revision
        """;

    private const string CancelSql = """
        UPDATE events SET status = 'cancelled', cancelled_at = @Now, updated_at = @Now WHERE id = @Id AND status = 'published'
        RETURNING id
        """;

    private const string DropDraftSql = "DELETE FROM events WHERE id = @Id AND status = 'draft' RETURNING id";

    public async Task<long> CreateDraftAsync(EventFields fields, string origin, long authorUserId, long authorChatId, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = EventColumns.From(fields, time.NowMs(), new { Origin = origin, AuthorUserId = authorUserId, AuthorChatId = authorChatId });
        return await db.QuerySingleAsync<long>(new CommandDefinition(InsertSql, args, cancellationToken: ct));
    }

    public async Task<EventRecord?> FindAsync(long id, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var row = await db.QuerySingleOrDefaultAsync<EventColumns>(new CommandDefinition(FindSql, new { Id = id }, cancellationToken: ct));
        return row?.ToRecord();
    }

    /// <returns>False when the event is no longer a draft.</returns>
    public async Task<bool> UpdateDraftAsync(long id, EventFields fields, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = EventColumns.From(fields, time.NowMs(), new { Id = id });
        return (await db.QueryAsync<long>(new CommandDefinition(UpdateDraftSql, args, cancellationToken: ct))).Any();
    }

    /// <returns>True for the one call that moved the draft to published.</returns>
    public async Task<bool> PublishAsync(IDbConnection db, IDbTransaction transaction, long id, CancellationToken ct) =>
        (await db.QueryAsync<long>(new CommandDefinition(PublishSql, new { Id = id, Now = time.NowMs() }, transaction, cancellationToken: ct))).Any();

    /// <returns>The new revision, or null when the event changed or stopped being published since <paramref name="revision"/>.</returns>
    public async Task<int?> ApplyEditAsync(IDbConnection db, IDbTransaction transaction, long id, int revision, EventFields fields, CancellationToken ct)
    {
        var args = EventColumns.From(fields, time.NowMs(), new { Id = id, Revision = revision });
        return await db.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(ApplyEditSql, args, transaction, cancellationToken: ct));
    }

    public async Task<bool> CancelAsync(IDbConnection db, IDbTransaction transaction, long id, CancellationToken ct) =>
        (await db.QueryAsync<long>(new CommandDefinition(CancelSql, new { Id = id, Now = time.NowMs() }, transaction, cancellationToken: ct))).Any();

    public async Task<bool> DropDraftAsync(long id, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return (await db.QueryAsync<long>(new CommandDefinition(DropDraftSql, new { Id = id }, cancellationToken: ct))).Any();
    }
}
