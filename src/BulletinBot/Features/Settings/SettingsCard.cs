using BulletinBot.Chat;
using BulletinBot.Features.Subscriptions;

namespace BulletinBot.Features.Settings;

/// <summary>The settings message with its buttons; a button press redraws the same card in place.</summary>
public sealed class SettingsCard(SubscriptionStore subscriptions)
{
    public async Task<Reply> DrawAsync(long chatId, Language language, bool replacesPressed, string? notice, CancellationToken ct)
    {
        var subscribed = (await subscriptions.ListAsync(chatId, ct)).Count > 0;
        var text = Html.Format($"""
            <b>{language.Pick("Cài đặt", "Settings")}</b>
            {language.Pick("Ngôn ngữ", "Language")}: {language.Pick("Tiếng Việt", "English")}
            {language.Pick("Thông báo", "Notices")}: {(subscribed ? language.Pick("đang nhận", "on") : language.Pick("không nhận (gõ /subscribe)", "off (type /subscribe)"))}
            """);
        ReplyButton[] languages =
        [
            new(Mark(language == Language.Vi) + "Tiếng Việt", LanguageButton.DataFor(Language.Vi)),
            new(Mark(language == Language.En) + "English", LanguageButton.DataFor(Language.En)),
        ];
        return new Reply(text, [languages], replacesPressed, notice);
    }

    private static string Mark(bool chosen) => chosen ? "✓ " : "";
}
