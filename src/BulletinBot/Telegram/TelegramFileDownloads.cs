using BulletinBot.Chat;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace BulletinBot.Telegram;

/// <summary>Downloads a file someone sent (getFile, then the file URL), refusing anything over the caller's limit.</summary>
public sealed partial class TelegramFileDownloads(ITelegramBotClient bot, ILogger<TelegramFileDownloads> logger) : IFileDownloads
{
    public async Task<byte[]?> DownloadAsync(ChatDocument document, long maxBytes, CancellationToken ct)
    {
        if (document.Size > maxBytes)
        {
            return null;
        }

        try
        {
            var file = await bot.GetFile(document.FileId, ct);
            if (file.FilePath is not { } path || file.FileSize > maxBytes)
            {
                return null;
            }

            using var buffer = new MemoryStream();
            await bot.DownloadFile(path, buffer, ct);
            return buffer.Length > maxBytes ? null : buffer.ToArray();
        }
        catch (RequestException ex)
        {
            LogDownloadFailed(logger, ex);
            return null;
        }
        catch (HttpRequestException ex)
        {
            LogDownloadFailed(logger, ex);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A file sent to the bot could not be downloaded")]
    private static partial void LogDownloadFailed(ILogger logger, Exception ex);
}
