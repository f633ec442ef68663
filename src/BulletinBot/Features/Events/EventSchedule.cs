using System.Globalization;
using BulletinBot.Data;
using Dapper;

namespace BulletinBot.Features.Events;

/// <summary>Published events by when they happen and when they were published: what the weekly digest reads.</summary>
public sealed class EventSchedule(SqliteConnectionFactory connections)
{
    // The same columns as the store's, so a row reads into the same EventRecord.
    private const string Columns = EventStore.Columns;

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
