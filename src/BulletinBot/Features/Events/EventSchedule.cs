using System.Globalization;
using BulletinBot.Data;
using Dapper;

namespace BulletinBot.Features.Events;

/// <summary>Published events by when they happen and when they were published: what the weekly digest reads.</summary>
public sealed class EventSchedule(SqliteConnectionFactory connections)
{
    private const string Columns = """
        SELECT id AS Id, status AS Status, title AS Title, starts_on AS StartsOn, starts_at AS StartsAt,
               date_confirmed AS DateConfirmed, venue AS Venue, province AS Province, current_province AS CurrentProvince,
               region AS Region, attendees AS Attendees, attendees_at_least AS AttendeesAtLeast,
               provinces_count AS ProvincesCount, topics AS Topics, people AS People, organizers AS Organizers,
               summary AS Summary, source_url AS SourceUrl, origin AS Origin, author_user_id AS AuthorUserId,
               author_chat_id AS AuthorChatId, revision AS Revision
        FROM events
        """;

    private const string BetweenSql = Columns + """
         WHERE status = 'published' AND starts_on >= @From AND starts_on <= @To
        ORDER BY starts_on, coalesce(starts_at, ''), id
        """;

    private const string PublishedSinceSql = Columns + """
         WHERE status = 'published' AND published_at >= @Since
        ORDER BY published_at, id
        """;

    /// <summary>Published events held from <paramref name="from"/> to <paramref name="to"/>, both included, soonest first.</summary>
    public async Task<IReadOnlyList<EventRecord>> BetweenAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { From = Day(from), To = Day(to) };
        return [.. (await db.QueryAsync<EventColumns>(new CommandDefinition(BetweenSql, args, cancellationToken: ct))).Select(r => r.ToRecord())];
    }

    /// <summary>Events published since <paramref name="since"/> and still standing, in the order they were published.</summary>
    public async Task<IReadOnlyList<EventRecord>> PublishedSinceAsync(DateTimeOffset since, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { Since = UnixTime.Ms(since) };
        return [.. (await db.QueryAsync<EventColumns>(new CommandDefinition(PublishedSinceSql, args, cancellationToken: ct))).Select(r => r.ToRecord())];
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
