using BulletinBot.Chat;
using BulletinBot.Data;
using BulletinBot.Telemetry;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BulletinBot.Delivery;

/// <summary>
/// Sends one claimed row: its parts in order, each after its chat's permit; a failed edit of a stale card as a new
/// message; and what Telegram answered, told to the pacer and the sending gate and settled into a result.
/// </summary>
public sealed partial class RowSender(
    DeliveryPacer pacer,
    IMessageGateway gateway,
    DeliveryStore store,
    FailedSendPolicy failures,
    SendingGate gate,
    BotMetrics metrics,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<RowSender> logger)
{
    private static readonly TimeSpan DatabasePause = TimeSpan.FromSeconds(1);

    public async Task<DeliveryResult> SendAsync(DeliveryRow row, CancellationToken ct)
    {
        var started = time.GetUtcNow();
        if (row.DocumentName is { } fileName)
        {
            return await SendDocumentAsync(row, fileName, started, ct);
        }

        var parts = MessageSplitter.Split(row.Text);
        var buttons = ButtonsJson.Read(row.Buttons);
        var sent = row.PartsSent;
        var lastMessageId = 0;
        while (sent < parts.Count)
        {
            if (sent > row.PartsSent)
            {
                await pacer.TakeChatAsync(row.ChatId, row.IsGroup, ct);
                await pacer.TakeGlobalAsync(row.IsBroadcast, ct);
            }

            var isLast = sent == parts.Count - 1;
            var edit = parts.Count == 1 && row.EditMessageId is { } id ? (int)id : (int?)null;
            var paid = row.IsBroadcast && options.Value.PaidBroadcast;
            var message = new OutgoingMessage(row.ChatId, Html.Trusted(parts[(int)sent]), isLast ? buttons : [], edit, paid);
            var outcome = await SendPartAsync(row, message, ct);
            if (outcome.Kind == SendOutcomeKind.CannotEdit)
            {
                // The person pressed a button on a card Telegram no longer lets us change; they still see the answer.
                await pacer.TakeChatAsync(row.ChatId, row.IsGroup, ct);
                await pacer.TakeGlobalAsync(row.IsBroadcast, ct);
                outcome = await SendPartAsync(row, message with { EditMessageId = null }, ct);
            }

            if (outcome.Kind != SendOutcomeKind.Sent)
            {
                return await SettleAsync(row, sent, outcome, started, ct);
            }

            lastMessageId = outcome.MessageId;
            sent++;
        }

        return DeliveryResult.Sent(row.Id, sent, lastMessageId, time.NowMs());
    }

    // A file goes whole in one request, its caption beside it; the content streams from the outbox as it is sent.
    private async Task<DeliveryResult> SendDocumentAsync(DeliveryRow row, string fileName, DateTimeOffset started, CancellationToken ct)
    {
        await using var content = await store.OpenDocumentAsync(row.Id, ct);
        if (content is null)
        {
            return DeliveryResult.Failed(row.Id, 0, "document content missing");
        }

        var document = new OutgoingDocument(fileName, content);
        var message = new OutgoingMessage(row.ChatId, Html.Trusted(row.Text), ButtonsJson.Read(row.Buttons), Document: document);
        var outcome = await SendPartAsync(row, message, ct);
        return outcome.Kind == SendOutcomeKind.Sent
            ? DeliveryResult.Sent(row.Id, 1, outcome.MessageId, time.NowMs())
            : await SettleAsync(row, 0, outcome, started, ct);
    }

    private async Task<SendOutcome> SendPartAsync(DeliveryRow row, OutgoingMessage message, CancellationToken ct)
    {
        var sentAt = time.GetUtcNow();
        var outcome = await gateway.SendAsync(message, ct);
        pacer.ChatAnswered(row.ChatId);
        Count(row, outcome);
        switch (outcome.Kind)
        {
            case SendOutcomeKind.Unauthorized:
                gate.Refused();
                break;
            case SendOutcomeKind.Transient:
                gate.Inconclusive();
                break;
            default:
                gate.Accepted(sentAt);
                break;
        }

        return outcome;
    }

    private void Count(DeliveryRow row, SendOutcome outcome)
    {
        switch (outcome.Kind)
        {
            case SendOutcomeKind.Sent:
                metrics.MessageSent(row.IsBroadcast);
                break;
            case SendOutcomeKind.SlowDown:
                metrics.MessageThrottled();
                break;
            default:
                metrics.MessageFailed(ErrorTypeOf(outcome.Kind));
                break;
        }
    }

    private static string ErrorTypeOf(SendOutcomeKind kind) => kind switch
    {
        SendOutcomeKind.ChatGone => "chat_gone",
        SendOutcomeKind.ChatMoved => "chat_moved",
        SendOutcomeKind.Transient => "transient",
        SendOutcomeKind.Unauthorized => "unauthorized",
        SendOutcomeKind.Rejected => "rejected",
        SendOutcomeKind.CannotEdit => "cannot_edit",
        _ => "other",
    };

    // Settling may need the database (a chat gone, a chat moved); when it is unavailable the row is tried again
    // shortly rather than left "sending", which would hold back its chat until the next start.
    private async Task<DeliveryResult> SettleAsync(DeliveryRow row, long partsSent, SendOutcome outcome, DateTimeOffset started, CancellationToken ct)
    {
        try
        {
            return await failures.SettleAsync(row, partsSent, outcome, started, ct);
        }
        catch (SqliteException ex)
        {
            LogDatabaseBusy(logger, ex);
            return DeliveryResult.Retry(row.Id, partsSent, UnixTime.Ms(time.GetUtcNow() + DatabasePause), outcome.Reason, countsAsAttempt: false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database did not answer while settling a failed send; it is tried again shortly")]
    private static partial void LogDatabaseBusy(ILogger logger, Exception ex);
}
