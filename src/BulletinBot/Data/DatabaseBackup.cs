using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BulletinBot.Data;

/// <summary>
/// <c>backup FILE</c> and <c>restore FILE</c>. A backup is a consistent copy of the live database made with
/// <c>VACUUM INTO</c> (a read transaction: the running bot goes on writing meanwhile), written beside FILE first and
/// renamed into place once SQLite finds it whole, plus a copy of every <see cref="BackedUpDatabase"/> beside it. A
/// restore refuses while a bot runs on the database (<see cref="DatabaseLease"/>), checks every copy before it touches
/// anything (<see cref="BackupCheck"/>), and keeps each file it replaces as <c>….before-restore-TIME</c>.
/// </summary>
public sealed class DatabaseBackup(SqliteConnectionFactory connections, IEnumerable<BackedUpDatabase> others, IServiceProvider services, TimeProvider time)
{
    private const string MainName = "database";

    /// <summary>Each database's name, its live path and where its copy lies for <paramref name="file"/>.</summary>
    public IReadOnlyList<(string Name, string Live, string Copy)> FilesFor(string file)
    {
        var copy = Path.GetFullPath(file);
        List<(string, string, string)> files = [(MainName, connections.FullPath, copy)];
        files.AddRange(others.Select(o => (o.Name, Path.GetFullPath(o.PathOf(services)), CopyPath(copy, o.Name))));
        return files;
    }

    /// <returns>One line per database copied.</returns>
    /// <exception cref="BackupException">A copy could not be made.</exception>
    public async Task<IReadOnlyList<string>> BackupAsync(string file, CancellationToken ct)
    {
        List<string> done = [];
        foreach (var (name, live, copy) in FilesFor(file))
        {
            if (name == MainName && !File.Exists(live))
            {
                throw new BackupException($"There is no database at {live} to back up; is {DatabasePathRules.Key} the bot's?");
            }

            if (!File.Exists(live))
            {
                done.Add($"{name}: {live} does not exist yet; nothing to copy");
                continue;
            }

            var partial = copy + ".partial";
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(copy) ?? ".");
                File.Delete(partial);
                await CopyLiveAsync(live, partial, ct);
            }
            catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
            {
                TryDelete(partial);
                throw new BackupException($"Backing up {live} to {copy} failed: {ex.Message}", ex);
            }

            if (BackupCheck.ProblemWith(partial, isBotDatabase: name == MainName) is { } problem)
            {
                File.Delete(partial);
                throw new BackupException($"The copy of {live} failed its check, so {copy} was left as it was: {problem}");
            }

            File.Move(partial, copy, overwrite: true);
            done.Add($"{name}: {live} → {copy} ({Size(copy)})");
        }

        return done;
    }

    /// <returns>One line per database restored or left alone.</returns>
    /// <exception cref="BackupException">A bot runs on the database, or a copy is unusable; nothing was replaced.</exception>
    public IReadOnlyList<string> Restore(string file)
    {
        var files = FilesFor(file);
        using var lease = DatabaseLease.TryTakeExclusive(connections.FullPath)
            ?? throw new BackupException($"BulletinBot is running on {connections.FullPath} (it holds {DatabaseLease.LockFileOf(connections.FullPath)}); " +
                "stop it first (systemctl stop bulletinbot, docker compose stop), then restore");

        foreach (var (name, _, copy) in files)
        {
            if ((name == MainName || File.Exists(copy)) && BackupCheck.ProblemWith(copy, isBotDatabase: name == MainName) is { } problem)
            {
                throw new BackupException($"Nothing was restored: {problem}");
            }
        }

        var stamp = time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        List<string> done = [];
        foreach (var (name, live, copy) in files)
        {
            if (!File.Exists(copy))
            {
                done.Add($"{name}: no copy beside the backup ({copy}); {live} left as it is");
                continue;
            }

            try
            {
                done.Add(Replace(name, live, copy, stamp));
            }
            catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
            {
                throw new BackupException($"Restoring {copy} to {live} failed: {ex.Message} (done before it: {string.Join("; ", done)})", ex);
            }
        }

        return done;
    }

    private async Task CopyLiveAsync(string live, string partial, CancellationToken ct)
    {
        var connectionString = new SqliteConnectionStringBuilder(connections.ConnectionString) { DataSource = live, Pooling = false }.ToString();
        await using var db = new SqliteConnection(connectionString);
        await db.OpenAsync(ct);
        await db.ExecuteAsync(new CommandDefinition("VACUUM INTO @Copy", new { Copy = partial }, cancellationToken: ct));
    }

    private static string Replace(string name, string live, string copy, string stamp)
    {
        if (Path.GetDirectoryName(live) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var incoming = live + ".restoring";
        File.Copy(copy, incoming, overwrite: true);
        string? kept = null;
        if (File.Exists(live))
        {
            // Whatever the old file's write-ahead log still holds goes into it first, so the file kept is whole.
            using (var old = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = live, Pooling = false }.ToString()))
            {
                old.Open();
                old.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }

            kept = $"{live}.before-restore-{stamp}";
            File.Move(live, kept);
        }

        File.Delete(live + "-wal");
        File.Delete(live + "-shm");
        File.Move(incoming, live);
        return kept is null
            ? $"{name}: {copy} → {live} ({Size(live)})"
            : $"{name}: {copy} → {live} ({Size(live)}); the file it replaced is kept as {kept}";
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing was made there, or nothing can be: the error already reported says why.
        }
    }

    // bulletinbot-2026-12-01.db → bulletinbot-2026-12-01.scheduler.db
    private static string CopyPath(string copy, string name) =>
        Path.Combine(Path.GetDirectoryName(copy) ?? "", $"{Path.GetFileNameWithoutExtension(copy)}.{name}{Path.GetExtension(copy)}");

    private static string Size(string path) => string.Create(CultureInfo.InvariantCulture, $"{new FileInfo(path).Length / 1024.0:0.#} KB");
}
