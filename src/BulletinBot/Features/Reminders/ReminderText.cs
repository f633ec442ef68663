using System.Globalization;
using BulletinBot.Chat;

namespace BulletinBot.Features.Reminders;

/// <summary>What reminders say: the reminder of an event to its subscribers, a personal reminder, and /remind's help.</summary>
public static class ReminderText
{
    private static readonly string[] WeekdaysVi = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    /// <summary>`⏰ Sắp diễn ra · còn 1 giờ`, then the event; <paramref name="left"/> is measured when the reminder is queued.</summary>
    public static Html ForSubscribers(ReminderEvent e, TimeSpan left, Language language)
    {
        var heading = e.Time is null
            ? Html.Format($"⏰ <b>{language.Pick("Ngày mai diễn ra", "Tomorrow")}</b>")
            : Html.Format($"⏰ <b>{language.Pick("Sắp diễn ra", "Coming up")}</b> · {language.Pick("còn", "in")} {Left(left, language)}");
        return heading + Html.Trusted("\n") + Body(e, language);
    }

    public static Html Personal(ReminderEvent e, Language language) =>
        Html.Format($"⏰ <b>{language.Pick("Nhắc bạn", "Your reminder")}</b>\n") + Body(e, language);

    public static Html Snoozed(ReminderEvent e, string at, Language language) =>
        Personal(e, language) + Html.Format($"\n💤 {language.Pick("Sẽ nhắc lại lúc", "Will remind you again at")} {at}");

    public static Html Body(ReminderEvent e, Language language) =>
        Html.Bold(e.Title) + Html.Format($"\n📅 {When(e, language)}\n📍 {e.PlaceIn(language)}\n{language.Pick("Chi tiết", "Details")}: /event {e.EventId}");

    /// <summary>`Thứ Bảy, 16/08/2026 · 08:00`.</summary>
    public static string When(ReminderEvent e, Language language)
    {
        var date = e.Date;
        var weekday = language == Language.En ? date.DayOfWeek.ToString() : WeekdaysVi[(int)date.DayOfWeek];
        var day = $"{weekday}, {date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
        return e.Time is { } time ? day + " · " + time.ToString("HH:mm", CultureInfo.InvariantCulture) : day;
    }

    public static Html Help(string zone, Language language) => Html.Format($"""
        ⏰ <b>{language.Pick("Đặt nhắc cho một sự kiện", "Set a reminder for an event")}</b>: /remind &lt;{language.Pick("số sự kiện", "event number")}&gt; &lt;{language.Pick("khi nào", "when")}&gt;
        • <code>/remind 17 2h</code> — {language.Pick("sau 2 giờ (cũng được: 30m, 1d); lúc 17 giờ là 17:00 hoặc hôm nay 17h", "in 2 hours (also 30m, 1d); at 5 pm is 17:00 or hôm nay 17h")}
        • <code>/remind 17 thứ 2 8:00</code>, <code>/remind 17 chủ nhật 19h</code>
        • <code>/remind 17 ngày mai 8h</code>, <code>/remind 17 tối nay</code>
        • <code>/remind 17 16/8 7:30</code>, <code>/remind 17 16/08/2026 07:30</code>
        {language.Pick("Giờ tính theo", "Times are in")} {zone}. {language.Pick("Hoặc bấm ⏰ Nhắc tôi dưới thông báo sự kiện. Xem và xoá: /reminders", "Or press ⏰ Nhắc tôi under an event notice. See and delete: /reminders")}
        """);

    public static string Left(TimeSpan left, Language language)
    {
        var minutes = Math.Max(1, (int)Math.Round(left.TotalMinutes));
        var rounded = minutes >= 24 * 60 ? TimeSpan.FromHours(Math.Round(minutes / 60.0)) : TimeSpan.FromMinutes(minutes);
        return ReminderOffsets.Label(rounded, language);
    }
}
