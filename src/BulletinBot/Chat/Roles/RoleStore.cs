using BulletinBot.Data;
using Dapper;
using Microsoft.Extensions.Options;

namespace BulletinBot.Chat.Roles;

/// <summary>
/// Who may do what: admins are named in configuration, organizers are granted in chat by an admin. Every grant and
/// revoke is kept in an audit table.
/// </summary>
public sealed class RoleStore(SqliteConnectionFactory connections, IOptions<BotOptions> options, TimeProvider time)
{
    private const string RoleSql = "SELECT role FROM user_roles WHERE user_id = @UserId";

    private const string GrantSql = """
        INSERT INTO user_roles (user_id, role, granted_by, granted_at) VALUES (@Target, @Role, @Actor, @Now)
        ON CONFLICT (user_id) DO NOTHING
        RETURNING user_id
        """;

    private const string RevokeSql = "DELETE FROM user_roles WHERE user_id = @Target RETURNING user_id";

    private const string AuditSql = """
        INSERT INTO role_changes (actor_user_id, target_user_id, change, role, at) VALUES (@Actor, @Target, @Change, @Role, @Now)
        """;

    private const string GrantedSql = """
        SELECT r.user_id AS UserId, r.role AS Role, u.username AS Username, u.first_name AS FirstName, r.granted_at AS At
        FROM user_roles r LEFT JOIN users u ON u.user_id = r.user_id
        ORDER BY r.granted_at
        """;

    private const string ChangesSql = """
        SELECT c.actor_user_id AS ActorUserId, a.username AS ActorUsername, c.target_user_id AS TargetUserId,
               t.username AS TargetUsername, c.change AS Change, c.role AS Role, c.at AS At
        FROM role_changes c
        LEFT JOIN users a ON a.user_id = c.actor_user_id
        LEFT JOIN users t ON t.user_id = c.target_user_id
        ORDER BY c.id DESC LIMIT @Limit
        """;

    public bool IsConfiguredAdmin(long userId) => options.Value.Admins.Contains(userId);

    public async Task<Role> RoleOfAsync(long userId, CancellationToken ct)
    {
        if (IsConfiguredAdmin(userId))
        {
            return Role.Admin;
        }

        await using var db = await connections.OpenAsync(ct);
        var granted = await db.QuerySingleOrDefaultAsync<string>(new CommandDefinition(RoleSql, new { UserId = userId }, cancellationToken: ct));
        return granted == RoleNames.Organizer ? Role.Organizer : Role.Staff;
    }

    /// <returns>False when the user already had the role; nothing is recorded then.</returns>
    public Task<bool> GrantOrganizerAsync(long actor, long target, CancellationToken ct) =>
        ChangeAsync(GrantSql, "grant", actor, target, ct);

    /// <returns>False when the user had no granted role.</returns>
    public Task<bool> RevokeAsync(long actor, long target, CancellationToken ct) =>
        ChangeAsync(RevokeSql, "revoke", actor, target, ct);

    public async Task<IReadOnlyList<GrantedRole>> GrantedAsync(CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return (await db.QueryAsync<GrantedRole>(new CommandDefinition(GrantedSql, cancellationToken: ct))).AsList();
    }

    public async Task<IReadOnlyList<RoleChange>> RecentChangesAsync(int limit, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return (await db.QueryAsync<RoleChange>(new CommandDefinition(ChangesSql, new { Limit = limit }, cancellationToken: ct))).AsList();
    }

    private async Task<bool> ChangeAsync(string sql, string change, long actor, long target, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        await using var transaction = await db.BeginTransactionAsync(ct);
        var args = new { Actor = actor, Target = target, Role = RoleNames.Organizer, Change = change, Now = time.NowMs() };
        var changed = (await db.QueryAsync<long>(new CommandDefinition(sql, args, transaction, cancellationToken: ct))).Any();
        if (changed)
        {
            await db.ExecuteAsync(new CommandDefinition(AuditSql, args, transaction, cancellationToken: ct));
        }

        await transaction.CommitAsync(ct);
        return changed;
    }
}
