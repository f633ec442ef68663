using BulletinBot.Data;
using Dapper;

namespace BulletinBot.Chat;

/// <summary>The people who have written to the bot, so an admin can name one by @username.</summary>
public sealed class UserDirectory(SqliteConnectionFactory connections, TimeProvider time)
{
    // Rewrites the row only when the name changed or an hour has passed, so most messages cost no write here.
    private const string SeenSql = """
        INSERT INTO users (user_id, username, first_name, last_seen_at) VALUES (@UserId, @Username, @FirstName, @Now)
        ON CONFLICT (user_id) DO UPDATE SET
            username = excluded.username,
            first_name = coalesce(excluded.first_name, users.first_name),
            last_seen_at = excluded.last_seen_at
        WHERE users.username IS NOT excluded.username OR users.last_seen_at < excluded.last_seen_at - 3600000
        """;

    private const string ByUsernameSql = """
        SELECT user_id FROM users WHERE username = @Username COLLATE NOCASE ORDER BY last_seen_at DESC LIMIT 1
        """;

    private const string UsernameSql = "SELECT username FROM users WHERE user_id = @UserId";

    public async Task SeenAsync(ChatRequest request, CancellationToken ct)
    {
        if (request.SentAsChat)
        {
            return;
        }

        await using var db = await connections.OpenAsync(ct);
        var args = new { request.UserId, Username = request.UserName, request.FirstName, Now = time.NowMs() };
        await db.ExecuteAsync(new CommandDefinition(SeenSql, args, cancellationToken: ct));
    }

    /// <returns>The user's id, or null when nobody of that name has written to the bot.</returns>
    public async Task<long?> FindAsync(string username, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var args = new { Username = username.TrimStart('@') };
        return await db.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(ByUsernameSql, args, cancellationToken: ct));
    }

    public async Task<string?> UsernameOfAsync(long userId, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return await db.QuerySingleOrDefaultAsync<string>(new CommandDefinition(UsernameSql, new { UserId = userId }, cancellationToken: ct));
    }
}
