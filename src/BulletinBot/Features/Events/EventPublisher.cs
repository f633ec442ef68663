using BulletinBot.Chat;
using BulletinBot.Delivery;
using BulletinBot.Features.Subscriptions;

namespace BulletinBot.Features.Events;

/// <summary>
/// Sends an event to the chats it concerns, through the outbox, in the same transaction that changes its status:
/// the first notice to every matching subscriber, then changes and a cancellation to the same chats.
/// Broadcast keys (`event:&lt;id&gt;:published`, …) make a repeated call send nothing new.
/// </summary>
public sealed class EventPublisher(EventStore events, SubscriptionStore subscriptions, Outbox outbox)
{
    public const string BroadcastKind = "event";

    public static string PublishedKey(long id) => $"event:{id}:published";

    /// <returns>How many chats the notice was queued for, or null when the event was not a publishable draft.</returns>
    public async Task<int?> PublishAsync(EventRecord record, long organizerChatId, CancellationToken ct)
    {
        var fields = record.Fields;
        var chats = await subscriptions.MatchingAsync(EventAudience.For(fields.CurrentProvince, fields.Region, fields.TopicText), ct);
        var broadcast = new Broadcast(PublishedKey(record.Id), BroadcastKind, NoticeText.Published(record.Id, fields, Language.Vi),
            StartedByChatId: organizerChatId, EnglishText: NoticeText.Published(record.Id, fields, Language.En));
        return await outbox.TransactionAsync(async (tx, token) =>
        {
            if (!await events.PublishAsync(tx.Connection, tx.Transaction, record.Id, token))
            {
                return (int?)null;
            }

            await tx.BroadcastAsync(broadcast, chats, token);
            return chats.Count;
        }, ct);
    }

    /// <returns>How many chats were told of the change, or null when the event changed under the organizer meanwhile.</returns>
    public async Task<int?> PublishChangesAsync(EventRecord record, EventFields changed, long organizerChatId, CancellationToken ct)
    {
        var chats = await outbox.RecipientsOfAsync(PublishedKey(record.Id), ct);
        return await outbox.TransactionAsync(async (tx, token) =>
        {
            if (await events.ApplyEditAsync(tx.Connection, tx.Transaction, record.Id, record.Revision, changed, token) is not { } revision)
            {
                return (int?)null;
            }

            var broadcast = new Broadcast($"event:{record.Id}:edited:{revision}", BroadcastKind,
                NoticeText.Edited(record.Id, record.Fields, changed, Language.Vi), StartedByChatId: organizerChatId,
                EnglishText: NoticeText.Edited(record.Id, record.Fields, changed, Language.En));
            await tx.BroadcastAsync(broadcast, chats, token);
            return chats.Count;
        }, ct);
    }

    /// <returns>How many chats were told, or null when the event was not published (already cancelled, or a draft).</returns>
    public async Task<int?> CancelAsync(EventRecord record, long organizerChatId, CancellationToken ct)
    {
        var chats = await outbox.RecipientsOfAsync(PublishedKey(record.Id), ct);
        var broadcast = new Broadcast($"event:{record.Id}:cancelled", BroadcastKind, NoticeText.Cancelled(record.Id, record.Fields, Language.Vi),
            StartedByChatId: organizerChatId, EnglishText: NoticeText.Cancelled(record.Id, record.Fields, Language.En));
        return await outbox.TransactionAsync(async (tx, token) =>
        {
            if (!await events.CancelAsync(tx.Connection, tx.Transaction, record.Id, token))
            {
                return (int?)null;
            }

            await tx.BroadcastAsync(broadcast, chats, token);
            return chats.Count;
        }, ct);
    }

    /// <summary>How many chats a draft would reach now, shown on its card.</summary>
    public async Task<int> AudienceOfAsync(EventRecord record, CancellationToken ct) => record.IsDraft
        ? (await subscriptions.MatchingAsync(EventAudience.For(record.Fields.CurrentProvince, record.Fields.Region, record.Fields.TopicText), ct)).Count
        : (await outbox.RecipientsOfAsync(PublishedKey(record.Id), ct)).Count;
}
