namespace BulletinBot.Chat.Local;

/// <summary>Nobody can attach a file in the terminal; an article is pasted as text there.</summary>
public sealed class LocalFileDownloads : IFileDownloads
{
    public Task<byte[]?> DownloadAsync(ChatDocument document, long maxBytes, CancellationToken ct) => Task.FromResult<byte[]?>(null);
}
