using Dapper;
using Microsoft.Data.Sqlite;

namespace BulletinBot.Data;

/// <summary>
/// Whether a copy can take a database's place: SQLite finds it whole (<c>PRAGMA integrity_check</c>) and, for the
/// bot's database, its migrations journal lists this build's first migration and nothing this build does not know
/// (a copy from a newer BulletinBot would be run by code that does not know its schema).
/// </summary>
public static class BackupCheck
{
    private const string JournalSql = "SELECT ScriptName FROM schema_versions";
    private const string JournalExistsSql = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_versions'";

    /// <returns>Why the copy cannot be used, or null when it can.</returns>
    public static string? ProblemWith(string copy, bool isBotDatabase)
    {
        if (!File.Exists(copy))
        {
            return $"{copy} does not exist";
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = copy, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        try
        {
            using var db = new SqliteConnection(connectionString);
            db.Open();
            var integrity = db.Query<string>("PRAGMA integrity_check").ToList();
            if (integrity is not ["ok"])
            {
                return $"{copy} is damaged: SQLite's integrity check says {string.Join("; ", integrity.Take(3))}";
            }

            return isBotDatabase ? JournalProblem(db, copy) : null;
        }
        catch (SqliteException ex)
        {
            return $"{copy} cannot be read as a SQLite database: {ex.Message}";
        }
    }

    private static string? JournalProblem(SqliteConnection db, string copy)
    {
        if (db.ExecuteScalar<long>(JournalExistsSql) == 0)
        {
            return $"{copy} is not a BulletinBot database: it has no migrations journal (schema_versions)";
        }

        var known = DatabaseMigrator.ScriptNames();
        var applied = db.Query<string>(JournalSql).ToList();
        if (applied.Count == 0 || !applied.Contains(known[0], StringComparer.Ordinal))
        {
            return $"{copy} is not a BulletinBot database: its migrations journal lacks {known[0]}";
        }

        return applied.FirstOrDefault(s => !known.Contains(s, StringComparer.Ordinal)) is { } unknown
            ? $"{copy} was made by a newer BulletinBot (its journal has {unknown}, which this build does not know); restore it with that version"
            : null;
    }
}
