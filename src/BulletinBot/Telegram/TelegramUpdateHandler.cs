using BulletinBot.Chat;
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
    TimeProvider time,
    ILogger<TelegramUpdateHandler> logger) : IUpdateHandler
{
    private const int AttemptsPerUpdate = 3;
    private int consecutivePollingErrors;

    public async Task HandleUpdateAsync(ITelegramBotClient botClient, Update update, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref consecutivePollingErrors, 0);

        // The receiver has already moved past this update, so a database that is busy right now must be waited out
        // here or the person's message would go unanswered.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await HandleOnceAsync(update, cancellationToken);
                return;
            }
            catch (SqliteException ex) when (attempt < AttemptsPerUpdate)
            {
                LogRetrying(logger, ex, update.Id, attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt), time, cancellationToken);
            }
        }
    }

    private async Task HandleOnceAsync(Update update, CancellationToken cancellationToken)
    {
        if (await journal.IsHandledAsync(update.Id, cancellationToken))
        {
            LogSkipped(logger, update.Id);
            return;
        }

        if (UpdateMapper.ToRequest(update) is { } request)
        {
            await pipeline.HandleAsync(request, update.Id, cancellationToken);
            return;
        }

        await FollowChatChangesAsync(update, cancellationToken);
        await pipeline.MarkHandledAsync(update.Id, cancellationToken);
    }

    public async Task HandleErrorAsync(ITelegramBotClient botClient, Exception exception, HandleErrorSource source, CancellationToken cancellationToken)
    {
        if (source != HandleErrorSource.PollingError)
        {
            LogHandlingFailed(logger, exception, source);
            return;
        }

        // The receiver retries at once; without a pause a failing Telegram would be polled many times a second.
        var errors = Interlocked.Increment(ref consecutivePollingErrors);
        var pause = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(errors, 5))));
        LogPollingFailed(logger, exception, pause.TotalSeconds);
        await Task.Delay(pause, time, cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Update {UpdateId} could not be handled (attempt {Attempt}); trying again")]
    private static partial void LogRetrying(ILogger logger, Exception ex, int updateId, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling an update failed ({Source})")]
    private static partial void LogHandlingFailed(ILogger logger, Exception ex, HandleErrorSource source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling Telegram failed; trying again in {Seconds} s")]
    private static partial void LogPollingFailed(ILogger logger, Exception ex, double seconds);
}
