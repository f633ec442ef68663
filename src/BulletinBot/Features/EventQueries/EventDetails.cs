using BulletinBot.Chat;
using BulletinBot.Features.Events;
using BulletinBot.Features.Reminders;

namespace BulletinBot.Features.EventQueries;

/// <summary>
/// The full card of an announced event, as /event and the #id buttons of lists show it, with the buttons that go
/// further from it.
/// </summary>
public sealed class EventDetails(EventStore events, OfficeDay office)
{
    /// <summary>The event as a reader may see it: published or cancelled; a draft only to whoever may change it.</summary>
    public async Task<Reply> ShowAsync(CommandContext context, long id, CancellationToken ct)
    {
        var language = context.Language;
        var record = await events.FindAsync(id, ct);
        if (record is null || (record.IsDraft && !EventDesk.MayChange(context, record)))
        {
            return Reply.With(Html.Format($"""
                {language.Pick("Không có sự kiện", "There is no event")} #{id}.
                {language.Pick("Xem các sự kiện sắp tới:", "See what is coming up:")} /upcoming · {language.Pick("tìm theo tên:", "search by name:")} <code>/search hội nghị</code>
                """));
        }

        if (record.IsDraft)
        {
            return Reply.With(Html.Format($"#{id} {language.Pick("mới là bản nháp, chưa ai thấy. Mở thẻ của nó:", "is still a draft nobody else sees. Open its card:")} /edit {id}"));
        }

        return new Reply(Card(record, language, office.Today), Buttons(record, language, office.Today));
    }

    public static Html Card(EventRecord record, Language language, DateOnly today)
    {
        var status = record switch
        {
            { IsCancelled: true } => Html.Format($" · ❌ {language.Pick("Đã huỷ", "Cancelled")}"),
            { Fields.Date: { } date } when date < today => Html.Format($" · {language.Pick("đã diễn ra", "held")}"),
            _ => Html.Empty,
        };
        return Html.Format($"📌 <b>#{record.Id}</b>") + status + Html.Trusted("\n") + EventCard.Body(record.Fields, language);
    }

    /// <summary>
    /// The buttons under an event's card, built in this one place: a feature with something to offer for an event
    /// (⏰ a reminder beside 📅) adds its button to this row.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons(EventRecord record, Language language, DateOnly today)
    {
        if (!record.IsPublished || record.Fields.Date is not { } date || date < today)
        {
            return [];
        }

        return [[new ReplyButton(language.Pick("📅 Thêm vào lịch", "📅 Add to calendar"), CalendarButton.Data(record.Id)), .. RemindMeButton.Row(record.Id)]];
    }
}
