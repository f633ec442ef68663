using BulletinBot.Articles;
using BulletinBot.Chat;
using BulletinBot.Chat.Conversations;
using BulletinBot.Features.Reminders;
using Microsoft.Extensions.Options;

namespace BulletinBot.Features.Events;

/// <summary>
/// Where organizers work on an event's card: who may touch it, drawing it with its buttons, applying a change (to a
/// draft's row, or held back for a published event until they publish it), publishing and cancelling.
/// </summary>
public sealed class EventDesk(
    EventStore events,
    EventPublisher publisher,
    ReminderScheduler reminders,
    ConversationStore conversations,
    ProvinceDirectory provinces,
    IOptions<BotOptions> options,
    TimeProvider time)
{
    public ProvinceDirectory Provinces => provinces;

    /// <summary>Today in the office's time zone: the day a date without a year is counted from.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), options.Value.Zone()).DateTime);

    public Task<EventRecord?> FindAsync(long id, CancellationToken ct) => events.FindAsync(id, ct);

    public static bool MayChange(CommandContext context, EventRecord record) =>
        context.Role == Role.Admin || record.AuthorUserId == context.Request.UserId;

    public async Task<EditSession?> SessionAsync(long chatId, long eventId, CancellationToken ct) =>
        EditSession.From(await conversations.FindAsync(chatId, ct)) is { } session && session.EventId == eventId ? session : null;

    /// <summary>The card as it stands: a draft from its row, a published event with any changes not yet published.</summary>
    public async Task<Reply> DrawAsync(CommandContext context, EventRecord record, bool replaces, CancellationToken ct)
    {
        var pending = record.IsPublished ? (await SessionAsync(context.ChatId, record.Id, ct))?.Pending : null;
        var state = record.IsDraft ? CardState.Draft : CardState.PublishedEdit;
        var audience = await publisher.AudienceOfAsync(record, ct);
        var times = new CardReminders(await reminders.OffsetsForAsync(record.Id, ct), reminders.Choices, reminders.DateOnlyHour);
        return EventCard.Draw(record.Id, pending ?? record.Fields, state, audience, context.Language, Today, replaces, times);
    }

    /// <summary>Ticks or unticks a reminder time; a published event's reminders are rescheduled at once.</summary>
    public async Task<Reply> ToggleReminderAsync(CommandContext context, EventRecord record, TimeSpan offset, CancellationToken ct)
    {
        if (offset == TimeSpan.Zero)
        {
            await reminders.ChooseAsync(record.Id, (await reminders.OffsetsForAsync(record.Id, ct)).Count > 0 ? [] : reminders.DefaultOffsets, ct);
        }
        else
        {
            await reminders.ToggleAsync(record.Id, offset, ct);
        }

        if (record.IsPublished)
        {
            await publisher.RescheduleRemindersAsync(record, ct);
        }

        return await DrawAsync(context, record, replaces: true, ct);
    }

    public async Task<Reply> CreateDraftAsync(CommandContext context, EventFields fields, string origin, CancellationToken ct)
    {
        var id = await events.CreateDraftAsync(fields, origin, context.Request.UserId, context.ChatId, ct);
        var record = await events.FindAsync(id, ct) ?? throw new InvalidOperationException($"Draft {id} vanished as it was made.");
        return await DrawAsync(context, record, replaces: false, ct);
    }

    /// <summary>Opens a published event's card for changes (/edit).</summary>
    public async Task<Reply> OpenForEditAsync(CommandContext context, EventRecord record, CancellationToken ct)
    {
        await conversations.SaveAsync(new EditSession(record.Id, null, record.Fields, record.Revision).ToConversation(context.ChatId, context.Request.UserId), ct);
        return await DrawAsync(context, record, replaces: false, ct);
    }

    /// <summary>Waits for the organizer to type a new value of <paramref name="field"/>.</summary>
    public async Task<Reply> AskForAsync(CommandContext context, EventRecord record, string field, CancellationToken ct)
    {
        var session = await SessionAsync(context.ChatId, record.Id, ct);
        var pending = record.IsPublished ? session?.Pending ?? record.Fields : null;
        await conversations.SaveAsync(new EditSession(record.Id, field, pending, record.Revision).ToConversation(context.ChatId, context.Request.UserId), ct);
        return Reply.With(EventField.Prompt(field, record.Id, context.Language));
    }

    /// <summary>Applies a change and shows the card again as a new message (or in place of the pressed one).</summary>
    public async Task<Reply> ChangeAsync(CommandContext context, EventRecord record, Func<EventFields, EventFields> change, bool replaces, CancellationToken ct)
    {
        var session = await SessionAsync(context.ChatId, record.Id, ct);
        if (record.IsDraft)
        {
            await events.UpdateDraftAsync(record.Id, change(record.Fields), ct);
            if (session is not null)
            {
                await conversations.EndAsync(context.ChatId, EditSession.Kind, ct);
            }

            var updated = await events.FindAsync(record.Id, ct) ?? record;
            return await DrawAsync(context, updated, replaces, ct);
        }

        var pending = change(session?.Pending ?? record.Fields);
        await conversations.SaveAsync(new EditSession(record.Id, null, pending, session?.Revision ?? record.Revision).ToConversation(context.ChatId, context.Request.UserId), ct);
        return await DrawAsync(context, record, replaces, ct);
    }

    public async Task<Reply> PublishAsync(CommandContext context, EventRecord record, CancellationToken ct)
    {
        var language = context.Language;
        if (record.IsDraft)
        {
            if (!EventCard.IsReady(record.Fields))
            {
                return Notice(EventCard.Warning(record.Fields, language, Today) ?? "");
            }

            if (await publisher.PublishAsync(record, context.ChatId, ct) is not { } count)
            {
                return Notice(language.Pick("Sự kiện này đã được đăng rồi.", "This event was published already."));
            }

            return Published(record, count, language);
        }

        var session = await SessionAsync(context.ChatId, record.Id, ct);
        if (session?.Pending is not { } pending)
        {
            return Notice(language.Pick($"Sự kiện #{record.Id} đã được đăng rồi; không có thay đổi nào đang chờ.", $"Event #{record.Id} was published already; no changes are waiting."));
        }

        if (!EventCard.IsReady(pending))
        {
            return Notice(EventCard.Warning(pending, language, Today) ?? "");
        }

        var told = await publisher.PublishChangesAsync(record with { Revision = session.Revision }, pending, context.ChatId, ct);
        await conversations.EndAsync(context.ChatId, EditSession.Kind, ct);
        if (told is null)
        {
            return Reply.With(Html.Trusted(language.Pick(
                "Sự kiện đã bị thay đổi hoặc huỷ trong lúc bạn sửa; không gửi gì. Gõ /edit để mở lại thẻ mới nhất.",
                "The event was changed or cancelled while you edited it; nothing was sent. Type /edit to open its latest card.")));
        }

        return new Reply(Html.Format($"✅ {language.Pick("Đã đăng thay đổi của", "Published the changes to")} #{record.Id}. {language.Pick("Đang báo cho", "Telling")} {told} {language.Pick("chat đã nhận thông báo.", "chats that got the notice.")}"), [], ReplacesPressedMessage: true);
    }

    private static Reply Published(EventRecord record, int count, Language language)
    {
        var reach = count == 0
            ? language.Pick("Chưa có chat nào đăng ký nhận tin phù hợp; sự kiện vẫn được lưu.", "No chat's subscription matches yet; the event is saved all the same.")
            : language.Pick($"Đang gửi tới {count} chat; tiến độ hiện ở tin nhắn tiếp theo.", $"Sending to {count} chats; progress shows in the next message.");
        return new Reply(Html.Format($"✅ {language.Pick("Đã đăng", "Published")} #{record.Id}: ") + Html.Escape(record.Fields.Title)
            + Html.Format($"\n{reach}\n{language.Pick("Sửa:", "Edit:")} /edit {record.Id} · {language.Pick("Huỷ:", "Cancel:")} /cancel {record.Id}"), [], ReplacesPressedMessage: true);
    }

    public Task<bool> DropDraftAsync(long id, CancellationToken ct) => events.DropDraftAsync(id, ct);

    public Task<int?> CancelAsync(EventRecord record, long organizerChatId, CancellationToken ct) =>
        publisher.CancelAsync(record, organizerChatId, ct);

    public static Reply Notice(string text) => new(Html.Empty, [], ButtonNotice: text);
}
