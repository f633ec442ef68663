using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BulletinBot.Data;

/// <summary>
/// Stops the bot when its database file disappears from Database:Path (deleted, or moved away) while it runs: open
/// connections would go on writing to a file nobody can see, and be lost at the next start. Program reports
/// <see cref="Problem"/> as one line and a non-zero exit code.
/// </summary>
public sealed partial class DatabaseFileWatch(
    SqliteConnectionFactory connections,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<DatabaseFileWatch> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    /// <summary>Why the bot stopped itself, or null.</summary>
    public string? Problem { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(Every, time);
        while (await ticks.WaitForNextTickAsync(stoppingToken))
        {
            if (File.Exists(connections.FullPath))
            {
                continue;
            }

            Problem = $"The database file {connections.FullPath} ({DatabasePathRules.Key}) was deleted or moved while the bot ran; " +
                "the bot stopped so nothing more is written to a file that is gone. Put the file back (or point the setting at it) and start again.";
            LogLost(logger, connections.FullPath);
            lifetime.StopApplication();
            return;
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The database file {Path} was deleted or moved while the bot ran; stopping")]
    private static partial void LogLost(ILogger logger, string path);
}
