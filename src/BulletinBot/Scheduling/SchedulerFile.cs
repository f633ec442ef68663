using BulletinBot.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BulletinBot.Scheduling;

/// <summary>
/// The SQLite file Quartz persists triggers in. Its own file by default, so Quartz's serialized, lock-holding
/// transactions never queue behind the outbox's writes or make them wait (README, "Where Quartz keeps its triggers").
/// </summary>
public sealed class SchedulerFile(IOptions<SchedulingOptions> scheduling, IOptions<DatabaseOptions> database)
{
    private readonly Lazy<string> connectionString = new(() => Prepare(PathOf(scheduling.Value, database.Value)));

    /// <summary>The connection string Quartz opens; the file exists, in WAL mode, once this has been read.</summary>
    public string ConnectionString => connectionString.Value;

    public static string PathOf(SchedulingOptions scheduling, DatabaseOptions database)
    {
        if (scheduling.Path is { Length: > 0 } path)
        {
            return System.IO.Path.GetFullPath(path);
        }

        var full = System.IO.Path.GetFullPath(database.Path);
        var folder = System.IO.Path.GetDirectoryName(full) ?? "";
        return System.IO.Path.Combine(folder, System.IO.Path.GetFileNameWithoutExtension(full) + ".quartz" + System.IO.Path.GetExtension(full));
    }

    private static string Prepare(string path)
    {
        if (System.IO.Path.GetDirectoryName(path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var built = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30, Pooling = true }.ToString();

        // WAL lets a listing or a health check read while the scheduler thread writes; the pragma persists in the file
        // and is ignored inside a transaction, so it runs here once, before Quartz opens the file.
        using var connection = new SqliteConnection(built);
        connection.Open();
        using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode=WAL;";
        wal.ExecuteScalar();
        return built;
    }
}
