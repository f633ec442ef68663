namespace BulletinBot.Data;

/// <summary>A backup or restore that could not be done; its message is the one line the operator reads.</summary>
public sealed class BackupException(string message, Exception? inner = null) : Exception(message, inner);
