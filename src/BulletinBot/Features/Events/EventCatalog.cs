using System.Globalization;
using System.Runtime.CompilerServices;
using BulletinBot.Data;
using Dapper;

namespace BulletinBot.Features.Events;

/// <summary>
/// The read side of the events table for people looking things up: what is coming, what was held, what matches a
/// search, this month's and year's figures, and everything for an export. Lists hold published events; a search also
/// finds cancelled ones, for the reader to see they were called off. Drafts appear nowhere here.
/// </summary>
public sealed class EventCatalog(SqliteConnectionFactory connections)
{
    /// <summary>No list counts or pages beyond this: counting every match of a common word would cost more than it tells.</summary>
    public const int MaxListed = 1000;

    /// <summary>
    /// A search ranks at most this many matches, the most recently posted: ranking every event that says "hội nghị"
    /// would take a second, and nobody reads past the first pages of such a list; a few more words narrow it instead.
    /// </summary>
    public const int SearchCandidates = 100;

    private const string UpcomingWhere = " WHERE status = 'published' AND starts_on >= @Today";

    private const string UpcomingSql = EventStore.Columns + UpcomingWhere + " ORDER BY starts_on, starts_at, id LIMIT @Limit OFFSET @Offset";

    private const string CountUpcomingSql = "SELECT count(*) FROM (SELECT 1 FROM events" + UpcomingWhere + " LIMIT @Cap)";

    private const string HeldWhere = " WHERE status = 'published' AND starts_on <= @Today AND starts_on >= @Since";

    // A province of its own so the planner walks events_by_place rather than every held event.
    private const string HeldInProvinceWhere = " WHERE current_province = @Province AND status = 'published' AND starts_on <= @Today AND starts_on >= @Since";

    private const string NewestFirst = " ORDER BY starts_on DESC, starts_at DESC, id DESC LIMIT @Limit OFFSET @Offset";

    private const string HeldSql = EventStore.Columns + HeldWhere + NewestFirst;

    private const string HeldInProvinceSql = EventStore.Columns + HeldInProvinceWhere + NewestFirst;

    private const string CountHeldSql = "SELECT count(*) FROM (SELECT 1 FROM events" + HeldWhere + " LIMIT @Cap)";

    private const string CountHeldInProvinceSql = "SELECT count(*) FROM (SELECT 1 FROM events" + HeldInProvinceWhere + " LIMIT @Cap)";

    // The newest matches (one past the cap, to know there are more), and the oldest id among them.
    private const string CandidatesSql = """
        SELECT count(*) AS Total, coalesce(min(rowid), 0) AS Floor
        FROM (SELECT rowid FROM event_search WHERE event_search MATCH @Query ORDER BY rowid DESC LIMIT @Cap + 1)
        """;

    // bm25 costs microseconds a row, so it ranks the candidates only: the weights put a title match first, then the
    // place, topics and people, organizers, and the summary last.
    private const string SearchSql = """
        SELECT rowid FROM event_search WHERE event_search MATCH @Query AND rowid >= @Floor
        ORDER BY bm25(event_search, 10.0, 4.0, 3.0, 3.0, 2.0, 1.0) LIMIT @Limit OFFSET @Offset
        """;

    private const string ByIdsSql = EventStore.Columns + " WHERE id IN @Ids";

    private const string FiguresSql = """
        SELECT count(*) FILTER (WHERE starts_on >= @MonthStart AND starts_on <= @Today) AS HeldThisMonth,
               count(*) FILTER (WHERE starts_on > @Today AND starts_on <= @MonthEnd) AS ComingThisMonth,
               count(*) FILTER (WHERE starts_on <= @Today) AS HeldThisYear,
               count(*) FILTER (WHERE starts_on > @Today) AS ComingThisYear
        FROM events WHERE status = 'published' AND starts_on >= @YearStart AND starts_on <= @YearEnd
        """;

    private const string RegionsSql = """
        SELECT coalesce(region, '') AS Region, count(*) AS Events, coalesce(sum(attendees), 0) AS Delegates
        FROM events WHERE status = 'published' AND starts_on >= @YearStart AND starts_on <= @Today
        GROUP BY coalesce(region, '') ORDER BY Delegates DESC, Region
        """;

    // In the order they were posted, which is the table's own order: 100 000 rows stream out without a sort.
    private const string AllSql = EventStore.Columns + " WHERE status <> 'draft' ORDER BY id";

    /// <summary>Published events from <paramref name="today"/> on, soonest first; those without a time first on their day.</summary>
    public async Task<EventPage> UpcomingAsync(DateOnly today, int offset, int limit, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { Today = Day(today), Offset = offset, Limit = limit, Cap = MaxListed };
        var total = await db.ExecuteScalarAsync<int>(new CommandDefinition(CountUpcomingSql, args, cancellationToken: ct));
        var rows = await db.QueryAsync<EventColumns>(new CommandDefinition(UpcomingSql, args, cancellationToken: ct));
        return new EventPage([.. rows.Select(r => r.ToRecord())], total);
    }

    /// <summary>Published events held up to the filter's day, newest first.</summary>
    public async Task<EventPage> HeldAsync(HeldEvents filter, int offset, int limit, CancellationToken ct)
    {
        var cap = Math.Min(filter.Newest ?? MaxListed, MaxListed);
        await using var db = await connections.OpenAsync(ct);
        var args = new
        {
            Today = Day(filter.Today),
            Since = filter.Since is { } since ? Day(since) : "",
            Province = filter.CurrentProvince,
            Offset = offset,
            Limit = Math.Max(0, Math.Min(limit, cap - offset)),
            Cap = cap,
        };
        var inProvince = filter.CurrentProvince is not null;
        var total = await db.ExecuteScalarAsync<int>(new CommandDefinition(inProvince ? CountHeldInProvinceSql : CountHeldSql, args, cancellationToken: ct));
        var rows = await db.QueryAsync<EventColumns>(new CommandDefinition(inProvince ? HeldInProvinceSql : HeldSql, args, cancellationToken: ct));
        return new EventPage([.. rows.Select(r => r.ToRecord())], total);
    }

    /// <summary>
    /// Announced events matching an FTS5 query, best first; <see cref="EventPage.Total"/> stops at one past
    /// <see cref="SearchCandidates"/>, which means "more than that".
    /// </summary>
    /// <param name="matchQuery">A query of quoted words only, as <c>SearchTerms</c> builds it: never raw user text.</param>
    public async Task<EventPage> SearchAsync(string matchQuery, int offset, int limit, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var candidates = await db.QuerySingleAsync<Candidates>(
            new CommandDefinition(CandidatesSql, new { Query = matchQuery, Cap = SearchCandidates }, cancellationToken: ct));
        var args = new { Query = matchQuery, candidates.Floor, Offset = offset, Limit = Math.Max(0, Math.Min(limit, SearchCandidates - offset)) };
        var ids = candidates.Total == 0 ? [] : (await db.QueryAsync<long>(new CommandDefinition(SearchSql, args, cancellationToken: ct))).AsList();
        if (ids.Count == 0)
        {
            return new EventPage([], (int)candidates.Total);
        }

        var rows = await db.QueryAsync<EventColumns>(new CommandDefinition(ByIdsSql, new { Ids = ids }, cancellationToken: ct));
        var byId = rows.ToDictionary(r => r.Id, r => r.ToRecord());
        return new EventPage([.. ids.Where(byId.ContainsKey).Select(id => byId[id])], (int)candidates.Total);
    }

    public async Task<EventFigures> FiguresAsync(DateOnly today, CancellationToken ct)
    {
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var args = new
        {
            Today = Day(today),
            MonthStart = Day(monthStart),
            MonthEnd = Day(monthStart.AddMonths(1).AddDays(-1)),
            YearStart = Day(new DateOnly(today.Year, 1, 1)),
            YearEnd = Day(new DateOnly(today.Year, 12, 31)),
        };
        await using var db = await connections.OpenAsync(ct);
        var counts = await db.QuerySingleAsync<Counts>(new CommandDefinition(FiguresSql, args, cancellationToken: ct));
        var regions = await db.QueryAsync<RegionDelegates>(new CommandDefinition(RegionsSql, args, cancellationToken: ct));
        return new EventFigures(counts.HeldThisMonth, counts.ComingThisMonth, counts.HeldThisYear, counts.ComingThisYear, [.. regions]);
    }

    /// <summary>Every announced event, read one row at a time so an export of any size keeps memory flat.</summary>
    public async IAsyncEnumerable<EventRecord> AllAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        await foreach (var row in db.QueryUnbufferedAsync<EventColumns>(AllSql).WithCancellation(ct))
        {
            yield return row.ToRecord();
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Candidates
    {
        public long Total { get; init; }

        public long Floor { get; init; }
    }

    private sealed record Counts
    {
        public long HeldThisMonth { get; init; }

        public long ComingThisMonth { get; init; }

        public long HeldThisYear { get; init; }

        public long ComingThisYear { get; init; }
    }
}
