using DbUp;
using DbUp.Engine.Output;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace BulletinBot.Data;

/// <summary>
/// Applies the numbered scripts of migrations/ (embedded in the assembly) in order, each in its own transaction,
/// journaled by DbUp so a script runs once per database.
/// </summary>
public sealed partial class DatabaseMigrator(SqliteConnectionFactory connections, ILogger<DatabaseMigrator> logger)
{
    /// <exception cref="DatabaseUnavailableException">SQLite cannot open or write the file.</exception>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct)
    {
        try
        {
            await EnableWriteAheadLogAsync(ct);
        }
        catch (SqliteException ex)
        {
            throw new DatabaseUnavailableException(connections.DatabasePath, ex);
        }

        var upgrader = DeployChanges.To.SqliteDatabase(connections.CreatingConnectionString)
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, n => n.StartsWith("migrations.", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .JournalToSqliteTable("schema_versions")
            .LogTo(new MigrationLog(logger))
            .Build();

        var result = upgrader.PerformUpgrade();
        if (!result.Successful && result.ErrorScript is null && result.Error is SqliteException unavailable)
        {
            throw new DatabaseUnavailableException(connections.DatabasePath, unavailable);
        }

        if (!result.Successful)
        {
            throw new InvalidOperationException($"Migration {result.ErrorScript?.Name} failed: {result.Error.Message}", result.Error);
        }

        return [.. result.Scripts.Select(s => s.Name)];
    }

    /// <summary>The migrations this build applies, by the names DbUp journals them under, in order.</summary>
    public static IReadOnlyList<string> ScriptNames() =>
        [.. typeof(DatabaseMigrator).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("migrations.", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>WAL lets readers run beside the delivery writer; the pragma is ignored inside a transaction, so it runs here.</summary>
    private async Task EnableWriteAheadLogAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenCreatingAsync(ct);
        await using var command = new SqliteCommand("PRAGMA journal_mode=WAL;", connection);
        await command.ExecuteScalarAsync(ct);
    }

    private sealed partial class MigrationLog(ILogger logger) : IUpgradeLog
    {
        public void LogTrace(string format, params object[] args) { }

        public void LogDebug(string format, params object[] args) { }

        public void LogInformation(string format, params object[] args) => Applied(logger, format, args);

        public void LogWarning(string format, params object[] args) => Warned(logger, format, args);

        public void LogError(string format, params object[] args) => Failed(logger, null, format, args);

        public void LogError(Exception ex, string format, params object[] args) => Failed(logger, ex, format, args);

        [LoggerMessage(Level = LogLevel.Debug, Message = "Migration: {Format} ({Args})")]
        private static partial void Applied(ILogger logger, string format, object[] args);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Migration: {Format} ({Args})")]
        private static partial void Warned(ILogger logger, string format, object[] args);

        [LoggerMessage(Level = LogLevel.Error, Message = "Migration: {Format} ({Args})")]
        private static partial void Failed(ILogger logger, Exception? ex, string format, object[] args);
    }
}
