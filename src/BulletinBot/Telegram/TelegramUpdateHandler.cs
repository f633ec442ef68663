using BulletinBot.Chat;
using BulletinBot.Data;
using BulletinBot.Telemetry;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BulletinBot.Telegram;

/// <summary>
/// Receives each update from the poller: skips those already handled before a restart, follows group migrations and
/// removals, and hands everything else to the transport-free pipeline.
/// </summary>
public sealed partial class TelegramUpdateHandler(
    ChatPipeline pipeline,
    UpdateJournal journal,
    ChatStore chats,
    PollingFailures pollingFailures,
    BotMetrics metrics,
    TimeProvider time,
    ILogger<TelegramUpdateHandler> logger) : IUpdateHandler
{
    // A statement that can never succeed (a bug) is tried this often; a database that is merely unavailable is waited out.
    private const int AttemptsPerBrokenUpdate = 3;
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(10);

    /// <remarks>
    /// Telegram.Bot confirms an update's offset only with the next getUpdates, after this returns. So an update is never
    /// lost by waiting here for a database another program has locked: the wait can last as long as the lock, and a
    /// stop or a crash meanwhile leaves the update unconfirmed, to be delivered again.
    /// </remarks>
    public async Task HandleUpdateAsync(ITelegramBotClient botClient, Update update, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (await HandleOnceAsync(update, cancellationToken))
                {
                    metrics.UpdateHandled(TypeOf(update), time.GetElapsedTime(started));
                }
                else
                {
                    metrics.UpdateSkipped();
                }

                if (attempt > 1)
                {
                    var waited = time.GetElapsedTime(started).TotalSeconds;
                    LogRecovered(logger, update.Id, attempt, waited);
                }

                return;
            }
            catch (SqliteException ex) when (DatabaseErrors.IsTemporary(ex) || attempt < AttemptsPerBrokenUpdate)
            {
                if (attempt == 1)
                {
                    LogWaiting(logger, ex, update.Id);
                }
                else
                {
                    var waited = time.GetElapsedTime(started).TotalSeconds;
                    LogStillWaiting(logger, update.Id, attempt, waited, ex.SqliteErrorCode);
                }

                var pause = TimeSpan.FromSeconds(Math.Pow(2, Math.Min(attempt - 1, 10)));
                await Task.Delay(pause < LongestPause ? pause : LongestPause, time, cancellationToken);
            }
        }
    }

    /// <returns>False when the update had been handled before (Telegram delivered it again) and was skipped.</returns>
    private async Task<bool> HandleOnceAsync(Update update, CancellationToken cancellationToken)
    {
        if (await journal.IsHandledAsync(update.Id, cancellationToken))
        {
            LogSkipped(logger, update.Id);
            return false;
        }

        if (UpdateMapper.ToRequest(update) is { } request)
        {
            await pipeline.HandleAsync(request, update.Id, cancellationToken);
            return true;
        }

        await FollowChatChangesAsync(update, cancellationToken);
        await pipeline.MarkHandledAsync(update.Id, cancellationToken);
        return true;
    }

    // Telegram's own names (message, callback_query, my_chat_member), a small fixed set.
    private static string TypeOf(Update update) => update.Type switch
    {
        UpdateType.Message => "message",
        UpdateType.CallbackQuery => "callback_query",
        UpdateType.MyChatMember => "my_chat_member",
        _ => "other",
    };

    public async Task HandleErrorAsync(ITelegramBotClient botClient, Exception exception, HandleErrorSource source, CancellationToken cancellationToken)
    {
        if (source != HandleErrorSource.PollingError)
        {
            LogHandlingFailed(logger, exception, source);
            return;
        }

        // The receiver retries at once; without a pause a failing Telegram would be polled many times a second.
        await pollingFailures.PauseAfterAsync(exception, cancellationToken);
    }

    private async Task FollowChatChangesAsync(Update update, CancellationToken ct)
    {
        switch (update)
        {
            case { Message: { MigrateToChatId: { } newId, Chat: { } chat } }:
                await chats.MoveAsync(chat.Id, newId, ct);
                break;
            case { MyChatMember: { Chat: { } chat, NewChatMember.Status: ChatMemberStatus.Kicked or ChatMemberStatus.Left } }:
                await chats.DeactivateAsync(chat.Id, "bot removed from chat", time.GetUtcNow(), ct);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Update {UpdateId} was handled before the restart; skipped")]
    private static partial void LogSkipped(ILogger logger, int updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Update {UpdateId} waits for the database; it is kept and tried again until the database answers")]
    private static partial void LogWaiting(ILogger logger, Exception ex, int updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Update {UpdateId} still waits for the database (attempt {Attempt}, {Seconds:0} s so far, SQLite error {ErrorCode})")]
    private static partial void LogStillWaiting(ILogger logger, int updateId, int attempt, double seconds, int errorCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Update {UpdateId} handled at attempt {Attempt}, after {Seconds:0} s waiting for the database")]
    private static partial void LogRecovered(ILogger logger, int updateId, int attempt, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling an update failed ({Source})")]
    private static partial void LogHandlingFailed(ILogger logger, Exception ex, HandleErrorSource source);
}
