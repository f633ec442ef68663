namespace BulletinBot.Chat;

/// <summary>
/// One thing a person did in a chat — typed a message or pressed a button — with no trace of the transport it came by.
/// </summary>
public sealed record ChatRequest(
    RequestKind Kind,
    long ChatId,
    ChatKind ChatKind,
    long UserId,
    string Text,
    string? UserName = null,
    string? ChatTitle = null,
    string? UserLanguage = null,
    string? ButtonData = null,
    string? ButtonPressId = null,
    int? ButtonMessageId = null)
{
    public static ChatRequest Message(long chatId, ChatKind chatKind, long userId, string text, string? userLanguage = null) =>
        new(RequestKind.Message, chatId, chatKind, userId, text, UserLanguage: userLanguage);

    public static ChatRequest Button(long chatId, ChatKind chatKind, long userId, string data, string pressId, int messageId) =>
        new(RequestKind.ButtonPress, chatId, chatKind, userId, "", ButtonData: data, ButtonPressId: pressId, ButtonMessageId: messageId);
}
