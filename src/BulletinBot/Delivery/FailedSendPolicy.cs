using BulletinBot.Chat;
using BulletinBot.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BulletinBot.Delivery;

/// <summary>
/// Decides what becomes of a send Telegram did not accept: wait and retry, follow the chat to its new id, stop
/// writing to a chat that is gone, report our own bug to the admins, or back off and try again later.
/// </summary>
public sealed partial class FailedSendPolicy(
    DeliveryStore store,
    DeliveryPacer pacer,
    ChatStore chats,
    DeliveryIncidents incidents,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<FailedSendPolicy> logger)
{
    private readonly RetryPolicy retry = new(options.Value.FirstRetryDelay, options.Value.MaxRetryDelay, options.Value.MaxAttempts);

    /// <param name="sendStarted">When the failed send began: a chat that wrote to us since then is not marked gone.</param>
    public async Task<DeliveryResult> SettleAsync(DeliveryRow row, long partsSent, SendOutcome outcome, DateTimeOffset sendStarted, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        switch (outcome.Kind)
        {
            case SendOutcomeKind.SlowDown:
                pacer.SlowDown(row.ChatId, outcome.RetryAfter);
                return DeliveryResult.Retry(row.Id, partsSent, UnixTime.Ms(now + outcome.RetryAfter), outcome.Reason, countsAsAttempt: false);

            case SendOutcomeKind.ChatMoved:
                LogMoved(logger, row.ChatId, outcome.NewChatId);
                await chats.MoveAsync(row.ChatId, outcome.NewChatId, ct);
                return DeliveryResult.Retry(row.Id, partsSent, UnixTime.Ms(now), outcome.Reason, countsAsAttempt: false);

            case SendOutcomeKind.ChatGone:
                LogGone(logger, row.ChatId, outcome.Reason);
                if (await chats.DeactivateAsync(row.ChatId, outcome.Reason, sendStarted, ct))
                {
                    await store.FailPendingForChatAsync(row.ChatId, outcome.Reason, ct);
                }

                return DeliveryResult.Failed(row.Id, partsSent, outcome.Reason);

            case SendOutcomeKind.Unauthorized:
                // Not this message's fault: it waits, with everything else, until the credentials work again.
                return DeliveryResult.Retry(row.Id, partsSent, UnixTime.Ms(now), outcome.Reason, countsAsAttempt: false);

            case SendOutcomeKind.CannotEdit:
                // The worker sends a new message instead of a failed edit, so this is a plain send refused as an edit.
                return DeliveryResult.Failed(row.Id, partsSent, outcome.Reason);

            case SendOutcomeKind.Rejected:
                LogRejected(logger, row.Id, row.ChatId, outcome.Reason);
                await incidents.ReportRejectedAsync(row, outcome.Reason, ct);
                return DeliveryResult.Failed(row.Id, partsSent, outcome.Reason);

            default:
                if (retry.ShouldGiveUp(row.Attempts))
                {
                    LogGaveUp(logger, row.Id, row.ChatId, row.Attempts, outcome.Reason);
                    return DeliveryResult.Failed(row.Id, partsSent, $"gave up after {row.Attempts} attempts: {outcome.Reason}");
                }

                var delay = retry.DelayAfter(row.Attempts, Random.Shared.NextDouble());
                return DeliveryResult.Retry(row.Id, partsSent, UnixTime.Ms(now + delay), outcome.Reason, countsAsAttempt: true);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {ChatId} became supergroup {NewChatId}; moving its subscriptions and deliveries")]
    private static partial void LogMoved(ILogger logger, long chatId, long newChatId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {ChatId} no longer accepts messages ({Reason}); marked inactive")]
    private static partial void LogGone(ILogger logger, long chatId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram rejected delivery {DeliveryId} to chat {ChatId}: {Reason}")]
    private static partial void LogRejected(ILogger logger, long deliveryId, long chatId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId} to chat {ChatId} failed after {Attempts} attempts: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, long deliveryId, long chatId, long attempts, string reason);
}
