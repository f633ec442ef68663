using BulletinBot.Chat;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BulletinBot.Telegram;

/// <summary>Turns a Telegram update into a transport-free <see cref="ChatRequest"/>, or null when it asks nothing of us.</summary>
public static class UpdateMapper
{
    public static ChatRequest? ToRequest(Update update) => update switch
    {
        { Message: { Text: { } text, From: { } from, Chat: { } chat } } when KindOf(chat) is { } kind =>
            new ChatRequest(RequestKind.Message, chat.Id, kind, from.Id, text,
                UserName: from.Username, ChatTitle: chat.Title, UserLanguage: from.LanguageCode),

        { CallbackQuery: { Data: { } data, From: { } from, Message: { Chat: { } chat } message } query } when KindOf(chat) is { } kind =>
            new ChatRequest(RequestKind.ButtonPress, chat.Id, kind, from.Id, "",
                UserName: from.Username, ChatTitle: chat.Title, UserLanguage: from.LanguageCode,
                ButtonData: data, ButtonPressId: query.Id, ButtonMessageId: message.Id),

        _ => null,
    };

    private static ChatKind? KindOf(global::Telegram.Bot.Types.Chat chat) => chat.Type switch
    {
        ChatType.Private => ChatKind.Private,
        ChatType.Group or ChatType.Supergroup => ChatKind.Group,
        _ => null,
    };
}
