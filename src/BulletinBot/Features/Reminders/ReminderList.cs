using System.Globalization;
using BulletinBot.Chat;
using BulletinBot.Data;

namespace BulletinBot.Features.Reminders;

/// <summary>The /reminders message: pending personal reminders, soonest first, each with its ✖ button.</summary>
public sealed class ReminderList(ReminderStore store, PersonalReminders reminders)
{
    private const int Shown = 20;

    public async Task<Reply> DrawAsync(long chatId, Language language, bool replaces, string? notice, CancellationToken ct)
    {
        var pending = await store.PendingAsync(chatId, Shown, ct);
        if (pending.Count == 0)
        {
            return new Reply(Html.Format($"""
                {language.Pick("Bạn chưa có nhắc nào đang chờ.", "You have no pending reminders.")}
                {language.Pick("Bấm ⏰ Nhắc tôi dưới một thông báo sự kiện, hoặc gõ", "Press ⏰ Nhắc tôi under an event notice, or type")} <code>/remind 17 ngày mai 8h</code>
                """), [], replaces, notice);
        }

        var zone = reminders.Zone;
        var total = await store.CountPendingAsync(chatId, ct);
        var lines = pending.Select((r, i) => Html.Format($"{i + 1}. <b>{ZonedTime.Show(UnixTime.From(r.DueAt), zone)}</b> — #{r.EventId} {Clip(r.Title)}"));
        var text = Html.Format($"⏰ <b>{language.Pick("Nhắc đang chờ", "Pending reminders")}</b> ({total})\n") + Html.Join("\n", lines);
        if (total > pending.Count)
        {
            text += Html.Format($"\n{language.Pick("… và", "… and")} {total - pending.Count} {language.Pick("nhắc khác", "more")}");
        }

        text += Html.Trusted("\n" + language.Pick("Bấm ✖ để xoá một nhắc.", "Press ✖ to delete one."));
        var buttons = pending.Select((r, i) => (IReadOnlyList<ReplyButton>)[new ReplyButton(
            $"✖ {i + 1}. {ZonedTime.Local(UnixTime.From(r.DueAt), zone).ToString("dd/MM HH:mm", CultureInfo.InvariantCulture)} #{r.EventId}",
            ReminderDeleteButton.DataFor(r.Id))]).ToList();
        return new Reply(text, buttons, replaces, notice);
    }

    private static string Clip(string title) => title.Length <= 60 ? title : title[..60] + "…";
}
