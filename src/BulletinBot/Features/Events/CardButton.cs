using System.Globalization;
using BulletinBot.Chat;
using BulletinBot.Chat.Conversations;

namespace BulletinBot.Features.Events;

/// <summary>
/// The buttons of an event card: "ev:pub:17" publishes, "ev:edit:17" lists the fields, "ev:f:17:title" asks for a new
/// title, "ev:y:17:2026" confirms the year, "ev:drop:17" discards, "ev:card:17" draws the card again,
/// "ev:cx:17" confirms a cancellation, "ev:ro:17:3600" ticks or unticks a reminder time (seconds before the start; 0 for
/// the day-before reminder of a day-only event). Every press re-reads the event, so an old card can do no harm.
/// </summary>
public sealed class CardButton(EventDesk desk, ConversationStore conversations) : IButtonAction
{
    public ButtonInfo Info { get; } = new("ev", Role.Organizer, "/edit");

    public static string Publish(long id) => Data("pub", id);

    public static string Edit(long id) => Data("edit", id);

    public static string Discard(long id) => Data("drop", id);

    public static string Card(long id) => Data("card", id);

    public static string ConfirmCancel(long id) => Data("cx", id);

    public static string Keep(long id) => Data("keep", id);

    public static string Field(long id, string field) => Data("f", id) + ":" + field;

    public static string Year(long id, int year) => Data("y", id) + ":" + year.ToString(CultureInfo.InvariantCulture);

    public static string Reminder(long id, TimeSpan offset) => Data("ro", id) + ":" + ((long)offset.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        var parts = context.Args.Split(':');
        if (parts.Length < 2 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return RouterReplies.StaleButton(Info.ReopenWith, language);
        }

        if (await desk.FindAsync(id, ct) is not { } record)
        {
            return EventDesk.Notice(language.Pick($"Không còn sự kiện #{id}: bản nháp đã bị huỷ.", $"Event #{id} is gone: the draft was discarded."));
        }

        if (!EventDesk.MayChange(context, record))
        {
            return EventDesk.Notice(language.Pick("Chỉ người đăng sự kiện này hoặc quản trị viên mới sửa được.", "Only whoever posted this event, or an admin, can change it."));
        }

        if (record.IsCancelled)
        {
            return EventDesk.Notice(language.Pick($"Sự kiện #{id} đã bị huỷ.", $"Event #{id} was cancelled."));
        }

        return (parts[0], parts.Length > 2 ? parts[2] : null) switch
        {
            ("pub", _) => await desk.PublishAsync(context, record, ct),
            ("edit", _) => FieldPicker(record.Id, language),
            ("card", _) => await desk.DrawAsync(context, record, replaces: true, ct),
            ("f", { } field) when EventField.All.Contains(field) => await desk.AskForAsync(context, record, field, ct),
            ("y", { } year) when int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) =>
                await desk.ChangeAsync(context, record, f => WithYear(f, y), replaces: true, ct),
            ("ro", { } seconds) when long.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var s) =>
                await desk.ToggleReminderAsync(context, record, TimeSpan.FromSeconds(s), ct),
            ("drop", _) => await DiscardAsync(context, record, ct),
            ("cx", _) => await ConfirmedCancelAsync(context, record, ct),
            ("keep", _) => new Reply(Html.Format($"{language.Pick("Đã giữ nguyên sự kiện", "Kept event")} #{record.Id}."), [], ReplacesPressedMessage: true),
            _ => RouterReplies.StaleButton(Info.ReopenWith, language),
        };
    }

    private static Reply FieldPicker(long id, Language language)
    {
        var fields = EventField.All.Select(f => new ReplyButton(EventField.Label(f, language), Field(id, f))).Chunk(3)
            .Select(row => (IReadOnlyList<ReplyButton>)row).ToList();
        fields.Add([new ReplyButton(language.Pick("◀ Quay lại thẻ", "◀ Back to the card"), Card(id))]);
        return new Reply(Html.Format($"✏️ {language.Pick("Sửa mục nào của", "Which field of")} #{id}{language.Pick("?", " do you want to change?")}"), fields, ReplacesPressedMessage: true);
    }

    private static EventFields WithYear(EventFields fields, int year) => fields.Date is { } date && date.Day <= DateTime.DaysInMonth(year, date.Month)
        ? fields with { Date = new DateOnly(year, date.Month, date.Day), DateConfirmed = true }
        : fields;

    private async Task<Reply> DiscardAsync(CommandContext context, EventRecord record, CancellationToken ct)
    {
        var language = context.Language;
        await conversations.EndAsync(context.ChatId, EditSession.Kind, ct);
        if (record.IsDraft)
        {
            await desk.DropDraftAsync(record.Id, ct);
            return new Reply(Html.Format($"✖ {language.Pick("Đã huỷ bản nháp", "Discarded draft")} #{record.Id}. {language.Pick("Không có gì được gửi.", "Nothing was sent.")}"), [], ReplacesPressedMessage: true);
        }

        return new Reply(Html.Format($"✖ {language.Pick("Đã bỏ các thay đổi chưa đăng của", "Dropped the unpublished changes to")} #{record.Id}."), [], ReplacesPressedMessage: true);
    }

    private async Task<Reply> ConfirmedCancelAsync(CommandContext context, EventRecord record, CancellationToken ct)
    {
        var language = context.Language;
        if (!record.IsPublished)
        {
            return EventDesk.Notice(language.Pick("Chỉ huỷ được sự kiện đã đăng.", "Only a published event can be cancelled."));
        }

        await conversations.EndAsync(context.ChatId, EditSession.Kind, ct);
        return await desk.CancelAsync(record, context.ChatId, ct) is { } told
            ? new Reply(Html.Format($"❌ {language.Pick("Đã huỷ sự kiện", "Cancelled event")} #{record.Id}. {language.Pick("Đang báo cho", "Telling")} {told} {language.Pick("chat đã nhận thông báo.", "chats that got the notice.")}"), [], ReplacesPressedMessage: true)
            : EventDesk.Notice(language.Pick("Sự kiện này đã được huỷ rồi.", "This event was cancelled already."));
    }

    private static string Data(string action, long id) => $"ev:{action}:{id.ToString(CultureInfo.InvariantCulture)}";
}
