using BulletinBot.Data;
using Dapper;

namespace BulletinBot.Features.EventQueries;

/// <summary>Searches kept by a short id, so the buttons that page through their results fit in 64 bytes.</summary>
public sealed class SearchTermStore(SqliteConnectionFactory connections, TimeProvider time)
{
    private const string IdSql = "SELECT id FROM event_search_terms WHERE terms = @Terms";

    private const string SaveSql = """
        INSERT INTO event_search_terms (terms, created_at) VALUES (@Terms, @Now)
        ON CONFLICT (terms) DO UPDATE SET terms = excluded.terms
        RETURNING id
        """;

    private const string FindSql = "SELECT terms FROM event_search_terms WHERE id = @Id";

    /// <summary>The search's id; a search made before keeps its id, and costs a read rather than a write.</summary>
    public async Task<long> SaveAsync(SearchTerms terms, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { Terms = terms.Text, Now = time.NowMs() };
        return await db.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(IdSql, args, cancellationToken: ct))
            ?? await db.QuerySingleAsync<long>(new CommandDefinition(SaveSql, args, cancellationToken: ct));
    }

    public async Task<SearchTerms?> FindAsync(long id, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var key = await db.QuerySingleOrDefaultAsync<string>(new CommandDefinition(FindSql, new { Id = id }, cancellationToken: ct));
        return key is null ? null : SearchTerms.Read(key, out _);
    }
}
