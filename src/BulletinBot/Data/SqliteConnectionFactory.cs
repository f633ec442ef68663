using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BulletinBot.Data;

/// <summary>
/// Opens one pooled connection per operation, with foreign keys on and the configured busy timeout. Only the migrator
/// may create the file: every other connection opens it read-write, so a database deleted or moved while the bot runs
/// fails loudly (and <see cref="DatabaseFileWatch"/> stops the bot) instead of being silently replaced by an empty one.
/// </summary>
public sealed class SqliteConnectionFactory(IOptions<DatabaseOptions> options)
{
    private readonly Lazy<string> connectionString = new(() => Build(options.Value, SqliteOpenMode.ReadWrite));
    private readonly Lazy<string> creatingConnectionString = new(() => Build(options.Value, SqliteOpenMode.ReadWriteCreate));

    // In WAL mode NORMAL syncs at checkpoints instead of at every commit. A killed process loses nothing committed
    // (the WAL is in the OS's hands); only an OS crash or power loss can drop the last commits, and for the outbox that
    // means a few sends repeated or retried, which restarts already allow for. FULL made every claim and result batch
    // wait on fsync in the delivery loop. On a file still in rollback-journal mode NORMAL is the usual safe setting too.
    private const string SynchronousNormal = "PRAGMA synchronous = NORMAL";

    public string ConnectionString => connectionString.Value;

    /// <summary>For the migrator alone: creates the file when it does not exist yet.</summary>
    public string CreatingConnectionString => creatingConnectionString.Value;

    public string DatabasePath => options.Value.Path;

    public string FullPath => Path.GetFullPath(options.Value.Path);

    public Task<SqliteConnection> OpenAsync(CancellationToken ct) => OpenAsync(ConnectionString, ct);

    public Task<SqliteConnection> OpenCreatingAsync(CancellationToken ct) => OpenAsync(CreatingConnectionString, ct);

    private static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var synchronous = connection.CreateCommand();
        synchronous.CommandText = SynchronousNormal;
        await synchronous.ExecuteNonQueryAsync(ct);
        return connection;
    }

    private static string Build(DatabaseOptions database, SqliteOpenMode mode)
    {
        var full = Path.GetFullPath(database.Path);
        if (mode == SqliteOpenMode.ReadWriteCreate && Path.GetDirectoryName(full) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = mode,
            ForeignKeys = true,
            DefaultTimeout = (int)Math.Ceiling(database.BusyTimeout.TotalSeconds),
            Pooling = true,
        }.ToString();
    }
}
