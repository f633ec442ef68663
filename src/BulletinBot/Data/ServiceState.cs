using Dapper;
using Microsoft.Data.Sqlite;

namespace BulletinBot.Data;

/// <summary>Named values the service keeps about itself (migrations/0040_service_state.sql).</summary>
public sealed class ServiceState(SqliteConnectionFactory connections, TimeProvider time)
{
    public const string WebhookSecretToken = "webhook_secret_token";
    public const string ReadinessProbe = "readiness_probe";

    private const string WriteSql = """
        INSERT INTO service_state (name, value, updated_at) VALUES (@Name, @Value, @Now)
        ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
        """;

    private const string KeepFirstSql = """
        INSERT INTO service_state (name, value, updated_at) VALUES (@Name, @Value, @Now) ON CONFLICT (name) DO NOTHING;
        SELECT value FROM service_state WHERE name = @Name;
        """;

    /// <summary>Stores <paramref name="value"/> unless a value is stored already; returns the one kept.</summary>
    public async Task<string> KeepFirstAsync(string name, string value, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return await db.ExecuteScalarAsync<string>(new CommandDefinition(KeepFirstSql, new { Name = name, Value = value, Now = time.NowMs() }, cancellationToken: ct)) ?? value;
    }

    /// <summary>Writes through a connection that waits at most <paramref name="busyTimeout"/> for a lock, for a health check.</summary>
    public async Task WriteAsync(string name, string value, TimeSpan busyTimeout, CancellationToken ct)
    {
        var connectionString = new SqliteConnectionStringBuilder(connections.ConnectionString) { DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds), Pooling = false };
        await using var db = new SqliteConnection(connectionString.ToString());
        await db.OpenAsync(ct);
        await db.ExecuteAsync(new CommandDefinition(WriteSql, new { Name = name, Value = value, Now = time.NowMs() }, cancellationToken: ct));
    }
}
