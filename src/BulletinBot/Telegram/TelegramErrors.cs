using BulletinBot.Delivery;
using Telegram.Bot.Exceptions;

namespace BulletinBot.Telegram;

/// <summary>Reads Telegram's error codes and descriptions; the Bot API has no finer error types than these.</summary>
public static class TelegramErrors
{
    private static readonly string[] GoneDescriptions =
    [
        "chat not found", "bot was kicked", "bot was blocked", "user is deactivated", "group chat was deactivated",
        "bot is not a member", "not enough rights to send", "have no rights to send", "peer_id_invalid", "chat_write_forbidden",
    ];

    // What Telegram answers an edit of a message that was deleted, is too old, or was never ours to edit.
    private static readonly string[] CannotEditDescriptions =
    [
        "message can't be edited", "message to edit not found", "message_id_invalid",
    ];

    public static SendOutcome Classify(ApiRequestException ex, int? editedMessageId)
    {
        var description = ex.Message;
        if (ex.Parameters?.MigrateToChatId is { } newChatId)
        {
            return SendOutcome.ChatMoved(newChatId);
        }

        return ex.ErrorCode switch
        {
            401 => SendOutcome.Unauthorized($"{ex.ErrorCode}: {description}"),
            429 => SendOutcome.SlowDown(TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1))),
            403 => SendOutcome.ChatGone(description),
            400 when Contains(description, "message is not modified") && editedMessageId is { } id => SendOutcome.Sent(id),
            400 when editedMessageId is not null && CannotEditDescriptions.Any(d => Contains(description, d)) => SendOutcome.CannotEdit(description),
            400 when GoneDescriptions.Any(d => Contains(description, d)) => SendOutcome.ChatGone(description),
            400 => SendOutcome.Rejected(description),
            _ => SendOutcome.Transient($"{ex.ErrorCode}: {description}"),
        };
    }

    private static bool Contains(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);
}
