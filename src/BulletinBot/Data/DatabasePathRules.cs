using Microsoft.Extensions.Options;

namespace BulletinBot.Data;

/// <summary>
/// Checks, before SQLite touches it, that Database:Path can hold the database: not a folder, not a device or system
/// file, not some other file, in a folder that exists or can be made and can be written (SQLite adds -wal and -shm
/// files beside it). SQLite's own refusals at the first connection are reported by <see cref="DatabaseUnavailableException"/>.
/// </summary>
public sealed class DatabasePathRules : IValidateOptions<DatabaseOptions>
{
    public const string Key = "BulletinBot:Database:Path";

    private static ReadOnlySpan<byte> SqliteHeader => "SQLite format 3\0"u8;

    public ValidateOptionsResult Validate(string? name, DatabaseOptions options) =>
        string.IsNullOrWhiteSpace(options.Path) || ProblemWith(options.Path) is not { } problem
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{Key} '{options.Path}' {problem}");

    private static string? ProblemWith(string path)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return "is not a file path, e.g. data/bulletinbot.db";
        }

        if (Directory.Exists(full))
        {
            return $"is a folder; name a file in it, e.g. {Path.Combine(path, "bulletinbot.db")}";
        }

        if (File.Exists(full) && (IsSystemFile(full) ? "is a device or system file, not a file that can hold a database" : ExistingFileProblem(full)) is { } problem)
        {
            return problem;
        }

        return Path.GetDirectoryName(full) is { Length: > 0 } folder ? FolderProblem(folder) : null;
    }

    // .NET does not tell a character device from a file, and SQLite would happily put /dev/null-journal beside /dev/null.
    private static bool IsSystemFile(string full)
    {
        var target = File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        return OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()
            ? Path.GetDirectoryName(target) == "/dev" || target.StartsWith("/proc/", StringComparison.Ordinal) || target.StartsWith("/sys/", StringComparison.Ordinal)
            : false;
    }

    private static string? ExistingFileProblem(string full)
    {
        try
        {
            using var file = new FileStream(full, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            Span<byte> header = stackalloc byte[SqliteHeader.Length];
            var read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);

            // An empty file becomes a new database; anything else must already be one.
            return read == 0 || header.SequenceEqual(SqliteHeader)
                ? null
                : "is not a SQLite database (it does not start with the SQLite header); move it away or name another file";
        }
        catch (UnauthorizedAccessException)
        {
            return "cannot be written by this user";
        }
        catch (IOException ex)
        {
            return $"cannot be opened: {ex.Message}";
        }
    }

    private static string? FolderProblem(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot be created: its folder {folder} cannot be made ({ex.Message})";
        }

        try
        {
            using (File.Create(Path.Combine(folder, $".bulletinbot-{Guid.NewGuid():N}.tmp"), 1, FileOptions.DeleteOnClose))
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot be used: its folder {folder} is not writable ({ex.Message})";
        }
    }
}
