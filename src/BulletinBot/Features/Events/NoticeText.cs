using BulletinBot.Chat;

namespace BulletinBot.Features.Events;

/// <summary>What subscribers read: the notice of a new event, of a change, of a cancellation. Short enough for a phone.</summary>
public static class NoticeText
{
    public static Html Published(long id, EventFields fields, Language language)
    {
        var lines = new List<Html>
        {
            Html.Trusted("📣 ") + Html.Bold(fields.Title),
            Html.Format($"📅 {EventText.When(fields, language)}"),
            Html.Format($"📍 {EventText.Place(fields, language)}"),
        };
        if (EventText.Delegates(fields, language) is { } delegates)
        {
            lines.Add(Html.Format($"👥 {delegates}"));
        }

        if (fields.Summary is { Length: > 0 } summary)
        {
            lines.Add(Html.Escape(EventText.Clip(summary, 320)));
        }

        if (EventText.Link(fields.SourceUrl) is { } link)
        {
            lines.Add(Html.Format($"🔗 <a href=\"{link}\">{language.Pick("Nguồn", "Source")}</a>"));
        }

        lines.Add(Html.Format($"{language.Pick("Chi tiết", "Details")}: /event {id}"));
        return Html.Join("\n", lines);
    }

    /// <summary>The lines that changed, `🕘 Đổi giờ: 08:00 → 14:00`; a change of summary or source alone is "details updated".</summary>
    public static Html Edited(long id, EventFields before, EventFields after, Language language)
    {
        var changes = new List<Html>();
        if (before.Title != after.Title)
        {
            changes.Add(Html.Format($"📝 {language.Pick("Đổi tên", "New title")}: {before.Title} → {after.Title}"));
        }

        if (before.Date != after.Date)
        {
            changes.Add(Html.Format($"📅 {language.Pick("Đổi ngày", "New date")}: {DayOf(before, language)} → {DayOf(after, language)}"));
        }

        if (before.Time != after.Time)
        {
            changes.Add(Html.Format($"🕘 {language.Pick("Đổi giờ", "New time")}: {TimeOf(before, language)} → {TimeOf(after, language)}"));
        }

        if (before.Venue != after.Venue)
        {
            changes.Add(Html.Format($"📍 {language.Pick("Đổi địa điểm", "New place")}: {EventText.Place(before, language)} → {EventText.Place(after, language)}"));
        }

        if (changes.Count == 0)
        {
            changes.Add(Html.Trusted(language.Pick("ℹ️ Thông tin chi tiết đã được cập nhật.", "ℹ️ The details were updated.")));
        }

        return Html.Format($"✏️ <b>{language.Pick("Cập nhật", "Update")} #{id}:</b> ") + Html.Escape(after.Title) + Html.Trusted("\n")
            + Html.Join("\n", changes)
            + Html.Format($"\n📅 {EventText.When(after, language)} · 📍 {EventText.Place(after, language)}\n{language.Pick("Chi tiết", "Details")}: /event {id}");
    }

    public static Html Cancelled(long id, EventFields fields, Language language) =>
        Html.Format($"❌ <b>{language.Pick("Huỷ sự kiện", "Event cancelled")} #{id}:</b> ") + Html.Escape(fields.Title) + Html.Format($"""

            {language.Pick("Dự kiến", "Was planned for")}: {EventText.When(fields, language)} · {EventText.Place(fields, language)}
            {language.Pick("Sự kiện này sẽ không diễn ra như thông báo trước đó.", "It will not take place as announced.")}
            """);

    private static string DayOf(EventFields fields, Language language) =>
        fields.Date is { } date ? EventText.Day(date) : language.Pick("(chưa có)", "(none)");

    private static string TimeOf(EventFields fields, Language language) =>
        fields.Time is { } time ? EventText.Time(time) : language.Pick("cả ngày", "all day");
}
