using BulletinBot.Chat;
using BulletinBot.Features.Reminders;

namespace BulletinBot.Features.Settings;

/// <summary>"rsw:on" / "rsw:off" on the settings card: whether this chat is reminded before the events it is told of.</summary>
public sealed class ReminderSwitchButton(EventReminderStore reminders, SettingsCard card) : IButtonAction
{
    public ButtonInfo Info { get; } = new("rsw", Role.Staff, "/settings") { ChangesChat = true };

    public static string DataFor(bool on) => on ? "rsw:on" : "rsw:off";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        if (context.Args is not ("on" or "off"))
        {
            return RouterReplies.StaleButton(Info.ReopenWith, language);
        }

        var on = context.Args == "on";
        await reminders.SetEventRemindersAsync(context.ChatId, on, ct);
        var notice = on
            ? language.Pick("Đã bật nhắc trước sự kiện", "Event reminders are on")
            : language.Pick("Đã tắt nhắc trước sự kiện; thông báo sự kiện vẫn đến", "Event reminders are off; event notices still come");
        return await card.DrawAsync(context.ChatId, language, replacesPressed: true, notice, ct);
    }
}
