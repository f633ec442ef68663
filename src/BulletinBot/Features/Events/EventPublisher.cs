using BulletinBot.Chat;
using BulletinBot.Delivery;
using BulletinBot.Features.Reminders;
using BulletinBot.Features.Subscriptions;

namespace BulletinBot.Features.Events;

/// <summary>
/// Sends an event to the chats it concerns, through the outbox, in the same transaction that changes its status:
/// the first notice to every matching subscriber, then changes and a cancellation to the same chats.
/// Broadcast keys (`event:&lt;id&gt;:published`, …) make a repeated call send nothing new. The same transaction tells
/// Reminders what the event now is, and its reminders are rescheduled once that is committed.
/// </summary>
public sealed class EventPublisher(EventStore events, SubscriptionStore subscriptions, Outbox outbox, ReminderScheduler reminders)
{
    public const string BroadcastKind = "event";

    public static string PublishedKey(long id) => $"event:{id}:published";

    /// <returns>How many chats the notice was queued for, or null when the event was not a publishable draft.</returns>
    public async Task<int?> PublishAsync(EventRecord record, long organizerChatId, CancellationToken ct)
    {
        var fields = record.Fields;
        var chats = await subscriptions.MatchingAsync(EventAudience.For(fields.CurrentProvince, fields.Region, fields.TopicText), ct);
        var broadcast = new Broadcast(PublishedKey(record.Id), BroadcastKind, NoticeText.Published(record.Id, fields, Language.Vi),
            StartedByChatId: organizerChatId, EnglishText: NoticeText.Published(record.Id, fields, Language.En),
            Buttons: [RemindMeButton.Row(record.Id)]);
        var told = await outbox.TransactionAsync(async (tx, token) =>
        {
            if (!await events.PublishAsync(tx.Connection, tx.Transaction, record.Id, token))
            {
                return (int?)null;
            }

            await reminders.TrackAsync(tx, ReminderPlan(record.Id, fields), token);
            await tx.BroadcastAsync(broadcast, chats, token);
            return chats.Count;
        }, ct);
        if (told is not null)
        {
            await reminders.SyncAsync(record.Id, ct);
        }

        return told;
    }

    /// <returns>How many chats were told of the change, or null when the event changed under the organizer meanwhile.</returns>
    public async Task<int?> PublishChangesAsync(EventRecord record, EventFields changed, long organizerChatId, CancellationToken ct)
    {
        var chats = await outbox.RecipientsOfAsync(PublishedKey(record.Id), ct);
        var told = await outbox.TransactionAsync(async (tx, token) =>
        {
            if (await events.ApplyEditAsync(tx.Connection, tx.Transaction, record.Id, record.Revision, changed, token) is not { } revision)
            {
                return (int?)null;
            }

            await reminders.TrackAsync(tx, ReminderPlan(record.Id, changed), token);
            var broadcast = new Broadcast($"event:{record.Id}:edited:{revision}", BroadcastKind,
                NoticeText.Edited(record.Id, record.Fields, changed, Language.Vi), StartedByChatId: organizerChatId,
                EnglishText: NoticeText.Edited(record.Id, record.Fields, changed, Language.En));
            await tx.BroadcastAsync(broadcast, chats, token);
            return chats.Count;
        }, ct);
        if (told is not null)
        {
            await reminders.SyncAsync(record.Id, ct);
        }

        return told;
    }

    /// <returns>How many chats were told, or null when the event was not published (already cancelled, or a draft).</returns>
    public async Task<int?> CancelAsync(EventRecord record, long organizerChatId, CancellationToken ct)
    {
        var chats = await outbox.RecipientsOfAsync(PublishedKey(record.Id), ct);
        var broadcast = new Broadcast($"event:{record.Id}:cancelled", BroadcastKind, NoticeText.Cancelled(record.Id, record.Fields, Language.Vi),
            StartedByChatId: organizerChatId, EnglishText: NoticeText.Cancelled(record.Id, record.Fields, Language.En));
        var told = await outbox.TransactionAsync(async (tx, token) =>
        {
            if (!await events.CancelAsync(tx.Connection, tx.Transaction, record.Id, token))
            {
                return (int?)null;
            }

            await reminders.CancelAsync(tx, record.Id, token);
            await tx.BroadcastAsync(broadcast, chats, token);
            return chats.Count;
        }, ct);
        if (told is not null)
        {
            await reminders.SyncAsync(record.Id, ct);
        }

        return told;
    }

    /// <summary>Applies reminder times changed on a published event's card straight away.</summary>
    public async Task RescheduleRemindersAsync(EventRecord record, CancellationToken ct)
    {
        await outbox.TransactionAsync((tx, token) => reminders.TrackAsync(tx, ReminderPlan(record.Id, record.Fields), token), ct);
        await reminders.SyncAsync(record.Id, ct);
    }

    /// <summary>How many chats a draft would reach now, shown on its card.</summary>
    public async Task<int> AudienceOfAsync(EventRecord record, CancellationToken ct) => record.IsDraft
        ? (await subscriptions.MatchingAsync(EventAudience.For(record.Fields.CurrentProvince, record.Fields.Region, record.Fields.TopicText), ct)).Count
        : (await outbox.RecipientsOfAsync(PublishedKey(record.Id), ct)).Count;

    /// <summary>What Reminders needs to know of an event: its time, place (worded as notices word it) and audience.</summary>
    private static EventReminderPlan ReminderPlan(long id, EventFields fields) => new(
        id,
        fields.Title,
        fields.Date ?? throw new InvalidOperationException($"Event {id} has no date; only a dated event is published."),
        fields.Time,
        EventText.Place(fields, Language.Vi),
        EventText.Place(fields, Language.En),
        fields.CurrentProvince,
        fields.Region,
        fields.TopicText);
}
