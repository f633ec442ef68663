using BulletinBot.Chat;

namespace BulletinBot.Features.Settings;

/// <summary>The language buttons of the settings card: "lang:vi" and "lang:en".</summary>
public sealed class LanguageButton(ChatStore chats, SettingsCard card) : IButtonAction
{
    public ButtonInfo Info { get; } = new("lang", Role.Staff, "/settings") { ChangesChat = true };

    public static string DataFor(Language language) => "lang:" + language.Code();

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        if (!LanguageText.TryParse(context.Args, out var chosen) || chosen is not { } language)
        {
            return RouterReplies.StaleButton(Info.ReopenWith, context.Language);
        }

        await chats.SetLanguageAsync(context.ChatId, language, ct);
        var notice = language.Pick("Đã chuyển sang tiếng Việt", "Switched to English");
        return await card.DrawAsync(context.ChatId, language, replacesPressed: true, notice, ct);
    }
}
