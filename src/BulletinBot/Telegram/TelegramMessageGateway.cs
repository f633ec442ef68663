using BulletinBot.Chat;
using BulletinBot.Delivery;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace BulletinBot.Telegram;

/// <summary>Sends through the Bot API and turns Telegram's answers into outcomes the delivery engine acts on.</summary>
public sealed class TelegramMessageGateway(ITelegramBotClient bot, TokenRedactor redactor) : IMessageGateway
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <remarks>Reasons reach the logs, the outbox and the admins' alerts, so Telegram's words are redacted here.</remarks>
    public async Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        var outcome = await TrySendAsync(message, ct);
        return outcome.Reason.Length == 0 ? outcome : outcome with { Reason = redactor.Redact(outcome.Reason) };
    }

    private async Task<SendOutcome> TrySendAsync(OutgoingMessage message, CancellationToken ct)
    {
        try
        {
            var markup = Markup(message.Buttons);
            if (message.Document is { } document)
            {
                var caption = message.Text.Value.Length > 0 ? message.Text.Value : null;
                var file = await bot.SendDocument(message.ChatId, InputFile.FromStream(document.Content, document.FileName), caption: caption,
                    parseMode: ParseMode.Html, replyMarkup: markup, cancellationToken: ct);
                return SendOutcome.Sent(file.Id);
            }

            if (message.EditMessageId is { } messageId)
            {
                var edited = await bot.EditMessageText(message.ChatId, messageId, message.Text.Value, parseMode: ParseMode.Html,
                    replyMarkup: markup, linkPreviewOptions: NoPreview, cancellationToken: ct);
                return SendOutcome.Sent(edited.Id);
            }

            var sent = await bot.SendMessage(message.ChatId, message.Text.Value, parseMode: ParseMode.Html, replyMarkup: markup,
                linkPreviewOptions: NoPreview, allowPaidBroadcast: message.PaidBroadcast, cancellationToken: ct);
            return SendOutcome.Sent(sent.Id);
        }
        catch (ApiRequestException ex)
        {
            return TelegramErrors.Classify(ex, message.EditMessageId);
        }
        catch (RequestException ex)
        {
            return SendOutcome.Transient(ex.Message);
        }
        catch (HttpRequestException ex)
        {
            return SendOutcome.Transient(ex.Message);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return SendOutcome.Transient("request timed out");
        }
    }

    public async Task AnswerButtonAsync(string pressId, string? notice, CancellationToken ct)
    {
        try
        {
            await bot.AnswerCallbackQuery(pressId, notice, cancellationToken: ct);
        }
        catch (RequestException)
        {
            // The press is over 15 minutes old or Telegram is unreachable; the spinner simply stops on its own.
        }
    }

    private static InlineKeyboardMarkup? Markup(IReadOnlyList<IReadOnlyList<ReplyButton>> rows) =>
        rows.Count == 0 ? null : new InlineKeyboardMarkup(rows.Select(r => r.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Data))));
}
