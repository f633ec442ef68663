using Microsoft.Data.Sqlite;

namespace BulletinBot.Data;

/// <summary>SQLite refused the file named by Database:Path when the bot first opened it: a setting to fix, not a bug.</summary>
public sealed class DatabaseUnavailableException(string path, SqliteException inner)
    : Exception($"{DatabasePathRules.Key} '{path}' cannot be used: {inner.Message}", inner);
