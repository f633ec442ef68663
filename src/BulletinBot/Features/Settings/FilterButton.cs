using System.Globalization;
using BulletinBot.Chat;
using BulletinBot.Features.Subscriptions;

namespace BulletinBot.Features.Settings;

/// <summary>The ✖ buttons of the settings card: "flt:&lt;id&gt;" removes that filter and redraws the card.</summary>
public sealed class FilterButton(SubscriptionStore subscriptions, SettingsCard card) : IButtonAction
{
    public ButtonInfo Info { get; } = new("flt", Role.Staff, "/settings") { ChangesChat = true };

    public static string DataFor(long filterId) => "flt:" + filterId.ToString(CultureInfo.InvariantCulture);

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        if (!long.TryParse(context.Args, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return RouterReplies.StaleButton(Info.ReopenWith, language);
        }

        var removed = await subscriptions.RemoveAsync(context.ChatId, id, ct);
        var notice = removed is null
            ? language.Pick("Bộ lọc này đã được bỏ trước đó", "That filter was already removed")
            : language.Pick("Đã bỏ bộ lọc: ", "Filter removed: ") + removed;
        return await card.DrawAsync(context.ChatId, language, replacesPressed: true, notice, ct);
    }
}
