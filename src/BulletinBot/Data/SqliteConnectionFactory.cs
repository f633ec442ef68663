using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BulletinBot.Data;

/// <summary>Opens one pooled connection per operation, with foreign keys on and the configured busy timeout.</summary>
public sealed class SqliteConnectionFactory(IOptions<DatabaseOptions> options)
{
    private readonly Lazy<string> connectionString = new(() => Build(options.Value));

    // In WAL mode NORMAL syncs at checkpoints instead of at every commit. A killed process loses nothing committed
    // (the WAL is in the OS's hands); only an OS crash or power loss can drop the last commits, and for the outbox that
    // means a few sends repeated or retried, which restarts already allow for. FULL made every claim and result batch
    // wait on fsync in the delivery loop. On a file still in rollback-journal mode NORMAL is the usual safe setting too.
    private const string SynchronousNormal = "PRAGMA synchronous = NORMAL";

    public string ConnectionString => connectionString.Value;

    public string DatabasePath => options.Value.Path;

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        await using var synchronous = connection.CreateCommand();
        synchronous.CommandText = SynchronousNormal;
        await synchronous.ExecuteNonQueryAsync(ct);
        return connection;
    }

    private static string Build(DatabaseOptions database)
    {
        var full = Path.GetFullPath(database.Path);
        if (Path.GetDirectoryName(full) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = full,
            ForeignKeys = true,
            DefaultTimeout = (int)Math.Ceiling(database.BusyTimeout.TotalSeconds),
            Pooling = true,
        }.ToString();
    }
}
