namespace BulletinBot.Data;

/// <summary>The database is held by a restore (for a bot) or by a running bot (for a restore).</summary>
public sealed class DatabaseLeaseException(string message, Exception? inner = null) : Exception(message, inner);
