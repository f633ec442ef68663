using Microsoft.Data.Sqlite;

namespace BulletinBot.Data;

/// <summary>Tells a database that is unavailable for now from a statement that can never succeed.</summary>
public static class DatabaseErrors
{
    // SQLITE_BUSY, SQLITE_LOCKED: another connection holds a lock longer than the busy timeout.
    // SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_PROTOCOL: the disk or the file is unwell.
    private static readonly int[] Passing = [5, 6, 8, 10, 13, 14, 15];

    /// <summary>True when waiting can help: the same statement may succeed once the database is back.</summary>
    public static bool IsTemporary(SqliteException ex) => Passing.Contains(ex.SqliteErrorCode);
}
