using System.Globalization;
using BulletinBot.Chat;

namespace BulletinBot.Features.Reminders;

/// <summary>The ✖ buttons of /reminders: "rmx:&lt;id&gt;" deletes that reminder and redraws the list in place.</summary>
public sealed class ReminderDeleteButton(ReminderStore store, ReminderList list) : IButtonAction
{
    public ButtonInfo Info { get; } = new("rmx", Role.Staff, "/reminders");

    public static string DataFor(long reminderId) => "rmx:" + reminderId.ToString(CultureInfo.InvariantCulture);

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        if (!long.TryParse(context.Args, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return RouterReplies.StaleButton(Info.ReopenWith, language);
        }

        var notice = await store.DeleteAsync(context.ChatId, id, ct)
            ? language.Pick("Đã xoá nhắc", "Reminder deleted")
            : language.Pick("Nhắc này đã được gửi hoặc xoá trước đó", "That reminder was already sent or deleted");
        return await list.DrawAsync(context.ChatId, language, replaces: true, notice, ct);
    }
}
