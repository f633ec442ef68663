namespace BulletinBot.Chat;

/// <summary>
/// One thing a person did in a chat — typed a message or pressed a button — with no trace of the transport it came by.
/// </summary>
/// <param name="SentAsChat">Written in the group's own name, as Telegram shows anonymous group administrators.</param>
/// <param name="Document">A file sent with the message; <paramref name="Text"/> then holds its caption.</param>
/// <param name="ForwardedFrom">A public link to the post this message was forwarded from, when there is one.</param>
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
    int? ButtonMessageId = null,
    string? FirstName = null,
    bool SentAsChat = false,
    ChatDocument? Document = null,
    string? ForwardedFrom = null)
{
    public static ChatRequest Message(long chatId, ChatKind chatKind, long userId, string text, string? userLanguage = null) =>
        new(RequestKind.Message, chatId, chatKind, userId, text, UserLanguage: userLanguage);

    public static ChatRequest Button(long chatId, ChatKind chatKind, long userId, string data, string pressId, int messageId) =>
        new(RequestKind.ButtonPress, chatId, chatKind, userId, "", ButtonData: data, ButtonPressId: pressId, ButtonMessageId: messageId);
}
