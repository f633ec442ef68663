using BulletinBot.Chat;

namespace BulletinBot.Features.Events;

/// <summary>
/// The preview card an organizer checks before anything reaches subscribers: every field, what still needs their
/// word (a missing date, a year to choose), and the buttons Đăng, Sửa, Huỷ.
/// </summary>
public static class EventCard
{
    private const int ListedItems = 6;

    public static Reply Draw(long id, EventFields fields, CardState state, int recipients, Language language, DateOnly today, bool replaces = false, CardReminders? reminders = null)
    {
        var heading = state switch
        {
            CardState.Draft => Html.Format($"📝 <b>{language.Pick("Xem trước sự kiện", "Preview of event")} #{id}</b> — {language.Pick("chưa gửi cho ai", "not sent to anyone yet")}"),
            _ => Html.Format($"✏️ <b>{language.Pick("Sửa sự kiện", "Editing event")} #{id}</b> — {language.Pick("thay đổi chưa được gửi", "changes not sent yet")}"),
        };
        var text = heading + Html.Trusted("\n") + Body(fields, language);
        var warning = Warning(fields, language, today);
        if (warning is not null)
        {
            text += Html.Trusted("\n\n⚠️ ") + Html.Escape(warning);
        }

        text += Html.Trusted("\n\n") + Html.Escape(state == CardState.Draft
            ? language.Pick($"👥 Sẽ gửi tới {recipients} chat đang nhận tin phù hợp.", $"👥 Will go to {recipients} chats whose subscriptions match.")
            : language.Pick($"👥 Thay đổi sẽ được báo cho {recipients} chat đã nhận thông báo.", $"👥 The change will be sent to the {recipients} chats that got the notice."));
        if (reminders is not null && fields.Date is not null)
        {
            text += Html.Trusted("\n") + reminders.Line(fields, language);
        }

        List<IReadOnlyList<ReplyButton>> rows = [];
        if (fields.Date is { } date && !fields.DateConfirmed)
        {
            rows.Add([.. YearChoices(date, today).Select(d => new ReplyButton("📅 " + EventText.Day(d), CardButton.Year(id, d.Year)))]);
        }

        if (reminders is not null && fields.Date is not null)
        {
            rows.Add(reminders.Buttons(id, fields, language));
        }

        var publish = state == CardState.Draft ? language.Pick("✅ Đăng", "✅ Đăng (publish)") : language.Pick("✅ Đăng thay đổi", "✅ Đăng (publish changes)");
        rows.Add(IsReady(fields)
            ? [new(publish, CardButton.Publish(id)), new(language.Pick("✏️ Sửa", "✏️ Edit"), CardButton.Edit(id)), new(language.Pick("✖ Huỷ", "✖ Discard"), CardButton.Discard(id))]
            : [new(language.Pick("✏️ Sửa", "✏️ Edit"), CardButton.Edit(id)), new(language.Pick("✖ Huỷ", "✖ Discard"), CardButton.Discard(id))]);
        return new Reply(text, rows, replaces);
    }

    /// <summary>The fields one per line; used by the card and by /event.</summary>
    public static Html Body(EventFields fields, Language language)
    {
        var lines = new List<Html>
        {
            Html.Bold(fields.Title),
            Html.Format($"📅 {EventText.When(fields, language)}"),
            Html.Format($"📍 {EventText.Place(fields, language)}"),
        };
        if (EventText.Delegates(fields, language) is { } delegates)
        {
            lines.Add(Html.Format($"👥 {delegates}"));
        }

        if (fields.Topics.Count > 0)
        {
            lines.Add(Html.Format($"📚 {language.Pick("Chuyên đề", "Topics")} ({fields.Topics.Count}):"));
            lines.AddRange(fields.Topics.Take(ListedItems).Select((t, i) => Html.Format($"   {i + 1}. {EventText.Clip(t, 120)}")));
        }

        if (fields.People.Count > 0)
        {
            var people = fields.People.Take(ListedItems).Select(p => p.Role is { Length: > 0 } role ? $"{p.Name} — {EventText.Clip(role, 80)}" : p.Name);
            lines.Add(Html.Format($"👤 {string.Join("; ", people)}{(fields.People.Count > ListedItems ? "…" : "")}"));
        }

        if (fields.Organizers.Count > 0)
        {
            lines.Add(Html.Format($"🏛 {language.Pick("Tổ chức", "Organized by")}: {string.Join("; ", fields.Organizers.Take(ListedItems))}"));
        }

        if (fields.Summary is { Length: > 0 } summary)
        {
            lines.Add(Html.Format($"📝 {EventText.Clip(summary, 500)}"));
        }

        if (EventText.Link(fields.SourceUrl) is { } link)
        {
            lines.Add(Html.Format($"🔗 {link}"));
        }

        return Html.Join("\n", lines);
    }

    public static bool IsReady(EventFields fields) => fields.Date is not null && fields.DateConfirmed;

    /// <summary>What stops Đăng, said so the organizer knows which button to press.</summary>
    public static string? Warning(EventFields fields, Language language, DateOnly today) => fields switch
    {
        { Date: null } => language.Pick(
            "Chưa có ngày diễn ra: bấm ✏️ Sửa → Ngày giờ để thêm, rồi Đăng.",
            "No date yet: press ✏️ Edit → Date and time to add one, then publish."),
        { Date: { } date, DateConfirmed: false } when date < today => language.Pick(
            $"Ngày {EventText.Day(date)} đã qua. Nếu đúng là sự kiện đã diễn ra, bấm chọn ngày đó; nếu không, chọn năm khác hoặc Sửa.",
            $"{EventText.Day(date)} is in the past. If the event did take place then, press that date; otherwise pick another year or edit it."),
        { Date: not null, DateConfirmed: false } => language.Pick(
            "Bài không ghi năm: chọn năm đúng bên dưới trước khi Đăng.",
            "The year was not written: pick the right one below before publishing."),
        _ => null,
    };

    /// <summary>The year the organizer most likely means first, then the one before it.</summary>
    private static IEnumerable<DateOnly> YearChoices(DateOnly date, DateOnly today)
    {
        var years = new SortedSet<int>(Comparer<int>.Create((a, b) => b.CompareTo(a))) { date.Year };
        var next = Valid(date.Year + 1, date);
        if (next is { } later && later >= today)
        {
            years.Add(later.Year);
        }

        if (date >= today && Valid(date.Year - 1, date) is { } earlier)
        {
            years.Add(earlier.Year);
        }

        return years.Select(y => Valid(y, date)).OfType<DateOnly>();
    }

    private static DateOnly? Valid(int year, DateOnly date) =>
        date.Day <= DateTime.DaysInMonth(year, date.Month) ? new DateOnly(year, date.Month, date.Day) : null;
}
