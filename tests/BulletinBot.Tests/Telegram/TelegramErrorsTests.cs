using BulletinBot.Delivery;
using BulletinBot.Telegram;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace BulletinBot.Tests.Telegram;

public sealed class TelegramErrorsTests
{
    [Theory]
    [InlineData(429, "Too Many Requests: retry after 7", SendOutcomeKind.SlowDown)]
    [InlineData(403, "Forbidden: bot was blocked by the user", SendOutcomeKind.ChatGone)]
    [InlineData(403, "Forbidden: user is deactivated", SendOutcomeKind.ChatGone)]
    [InlineData(400, "Bad Request: chat not found", SendOutcomeKind.ChatGone)]
    [InlineData(400, "Bad Request: not enough rights to send text messages to the chat", SendOutcomeKind.ChatGone)]
    [InlineData(400, "Bad Request: can't parse entities: Unsupported start tag \"x\"", SendOutcomeKind.Rejected)]
    [InlineData(400, "Bad Request: message is too long", SendOutcomeKind.Rejected)]
    [InlineData(500, "Internal Server Error", SendOutcomeKind.Transient)]
    [InlineData(502, "Bad Gateway", SendOutcomeKind.Transient)]
    public void Telegram_errors_become_what_the_engine_does_next(int code, string description, SendOutcomeKind expected)
    {
        var error = new ApiRequestException(description, code, new ResponseParameters { RetryAfter = code == 429 ? 7 : null });

        Assert.Equal(expected, TelegramErrors.Classify(error, editedMessageId: null).Kind);
    }

    [Fact]
    public void Slow_down_carries_telegrams_retry_after()
    {
        var error = new ApiRequestException("Too Many Requests: retry after 7", 429, new ResponseParameters { RetryAfter = 7 });

        Assert.Equal(TimeSpan.FromSeconds(7), TelegramErrors.Classify(error, null).RetryAfter);
    }

    [Fact]
    public void Migration_carries_the_new_chat_id()
    {
        var error = new ApiRequestException("Bad Request: group chat was upgraded to a supergroup chat", 400,
            new ResponseParameters { MigrateToChatId = -1001234567890 });

        var outcome = TelegramErrors.Classify(error, null);

        Assert.Equal(SendOutcomeKind.ChatMoved, outcome.Kind);
        Assert.Equal(-1001234567890, outcome.NewChatId);
    }

    [Theory]
    [InlineData("Bad Request: message can't be edited")]
    [InlineData("Bad Request: message to edit not found")]
    [InlineData("Bad Request: MESSAGE_ID_INVALID")]
    public void An_edit_of_a_stale_message_is_expected_and_not_a_rejection(string description)
    {
        var error = new ApiRequestException(description, 400);

        Assert.Equal(SendOutcomeKind.CannotEdit, TelegramErrors.Classify(error, editedMessageId: 77).Kind);
        Assert.Equal(SendOutcomeKind.Rejected, TelegramErrors.Classify(error, editedMessageId: null).Kind);
    }

    [Fact]
    public void Editing_a_message_to_the_same_text_counts_as_sent()
    {
        var error = new ApiRequestException("Bad Request: message is not modified", 400);

        var outcome = TelegramErrors.Classify(error, editedMessageId: 77);

        Assert.Equal(SendOutcomeKind.Sent, outcome.Kind);
        Assert.Equal(77, outcome.MessageId);
    }
}
