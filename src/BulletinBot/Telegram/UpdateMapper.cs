using BulletinBot.Chat;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BulletinBot.Telegram;

/// <summary>Turns a Telegram update into a transport-free <see cref="ChatRequest"/>, or null when it asks nothing of us.</summary>
public static class UpdateMapper
{
    public static ChatRequest? ToRequest(Update update) => update switch
    {
        { Message: { From: { } from, Chat: { } chat } message } when KindOf(chat) is { } kind && Content(message) is { } content =>
            new ChatRequest(RequestKind.Message, chat.Id, kind, from.Id, content.Text,
                UserName: from.Username, ChatTitle: chat.Title, UserLanguage: from.LanguageCode, FirstName: from.FirstName,
                SentAsChat: message.SenderChat?.Id == chat.Id, Document: content.Document, ForwardedFrom: SourceLink(message)),

        { CallbackQuery: { Data: { } data, From: { } from, Message: { Chat: { } chat } message } query } when KindOf(chat) is { } kind =>
            new ChatRequest(RequestKind.ButtonPress, chat.Id, kind, from.Id, "",
                UserName: from.Username, ChatTitle: chat.Title, UserLanguage: from.LanguageCode,
                ButtonData: data, ButtonPressId: query.Id, ButtonMessageId: message.Id, FirstName: from.FirstName),

        _ => null,
    };

    private static (string Text, ChatDocument? Document)? Content(Message message) => message switch
    {
        { Text: { } text } => (text, null),
        { Document: { } document } => (message.Caption ?? "",
            new ChatDocument(document.FileId, document.FileName, document.MimeType, document.FileSize)),
        _ => null,
    };

    // A post forwarded from a public channel can be linked to; that link becomes the notice's source.
    private static string? SourceLink(Message message) => message.ForwardOrigin switch
    {
        MessageOriginChannel { Chat.Username: { Length: > 0 } channel } origin => $"https://t.me/{channel}/{origin.MessageId}",
        _ => null,
    };

    private static ChatKind? KindOf(global::Telegram.Bot.Types.Chat chat) => chat.Type switch
    {
        ChatType.Private => ChatKind.Private,
        ChatType.Group or ChatType.Supergroup => ChatKind.Group,
        _ => null,
    };
}
