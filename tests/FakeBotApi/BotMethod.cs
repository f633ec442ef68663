namespace BulletinBot.FakeBotApi;

/// <summary>The methods the fake answers with more than <c>true</c>.</summary>
internal enum BotMethod
{
    Other,
    GetMe,
    GetUpdates,
    GetChat,
    GetWebhookInfo,
    SendMessage,
    EditMessageText,
    GetChatMember,
    GetFile,
    SendDocument,
    SetWebhook,
    DeleteWebhook,
}
