using System.Collections.Frozen;

namespace BulletinBot.FakeBotApi;

internal static class BotMethodNames
{
    // Telegram matches method names case-insensitively.
    private static readonly FrozenDictionary<string, BotMethod> ByName = new Dictionary<string, BotMethod>
    {
        ["getMe"] = BotMethod.GetMe,
        ["getUpdates"] = BotMethod.GetUpdates,
        ["getChat"] = BotMethod.GetChat,
        ["getWebhookInfo"] = BotMethod.GetWebhookInfo,
        ["sendMessage"] = BotMethod.SendMessage,
        ["editMessageText"] = BotMethod.EditMessageText,
        ["getChatMember"] = BotMethod.GetChatMember,
        ["getFile"] = BotMethod.GetFile,
        ["sendDocument"] = BotMethod.SendDocument,
        ["setWebhook"] = BotMethod.SetWebhook,
        ["deleteWebhook"] = BotMethod.DeleteWebhook,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static BotMethod Parse(string method) => ByName.GetValueOrDefault(method);

    public static bool IsRateLimited(BotMethod method) => method is BotMethod.SendMessage or BotMethod.EditMessageText or BotMethod.SendDocument;
}
