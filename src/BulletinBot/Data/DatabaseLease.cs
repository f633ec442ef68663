using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BulletinBot.Data;

/// <summary>
/// A lock file beside the database (<c>bulletinbot.db.lock</c>) that every running bot holds shared and
/// <c>restore</c> takes exclusive: a restore refuses while any bot runs on the database, and a bot refuses to start
/// during a restore. The operating system releases it when the process ends, however it ends (kill -9 included).
/// </summary>
public sealed class DatabaseLease(IOptions<DatabaseOptions> options) : IHostedService, IDisposable
{
    private readonly Lock gate = new();
    private FileStream? held;

    public static string LockFileOf(string databasePath) => Path.GetFullPath(databasePath) + ".lock";

    /// <summary>Takes the shared lease unless this process holds it already.</summary>
    /// <exception cref="DatabaseLeaseException">A restore holds the database.</exception>
    public void Take()
    {
        lock (gate)
        {
            if (held is not null)
            {
                return;
            }

            var file = LockFileOf(options.Value.Path);
            try
            {
                held = Open(file, exclusive: false);
            }
            catch (IOException ex)
            {
                throw new DatabaseLeaseException(
                    $"{DatabasePathRules.Key} '{options.Value.Path}' is being restored (restore holds {file}); start the bot again when the restore has finished", ex);
            }
        }
    }

    /// <summary>For restore: the lease no bot holds, or null while a bot runs on the database.</summary>
    public static FileStream? TryTakeExclusive(string databasePath)
    {
        try
        {
            return Open(LockFileOf(databasePath), exclusive: true);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Take();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        lock (gate)
        {
            held?.Dispose();
            held = null;
        }
    }

    // .NET locks a file it opens on Unix with flock: shared unless FileShare.None asks for it alone.
    private static FileStream Open(string file, bool exclusive)
    {
        if (Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        return new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, exclusive ? FileShare.None : FileShare.ReadWrite | FileShare.Delete);
    }
}
