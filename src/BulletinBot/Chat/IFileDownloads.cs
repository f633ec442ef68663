namespace BulletinBot.Chat;

/// <summary>Fetches the bytes of a file someone sent, through whatever transport brought it.</summary>
public interface IFileDownloads
{
    /// <returns>The file, or null when it is larger than <paramref name="maxBytes"/> or can no longer be fetched.</returns>
    Task<byte[]?> DownloadAsync(ChatDocument document, long maxBytes, CancellationToken ct);
}
