using BulletinBot.Chat;
using BulletinBot.Data;
using BulletinBot.Delivery;
using BulletinBot.Features.Subscriptions;
using BulletinBot.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BulletinBot.Features.Reminders;

/// <summary>
/// What happens when an event reminder is due: the event is read again (a reminder for an old time or a cancelled event
/// does nothing), and the reminder is queued once for every chat whose subscription matches, under the outbox key
/// `reminder:&lt;event&gt;:&lt;offset&gt;:&lt;event start&gt;` — so a second firing sends nothing, and an event moved to a new
/// time is reminded again for it.
/// </summary>
public sealed partial class EventReminders(
    EventReminderStore store,
    SubscriptionStore subscriptions,
    Outbox outbox,
    IOptions<RemindersOptions> options,
    IOptions<BotOptions> bot,
    TimeProvider time,
    ILogger<EventReminders> logger)
{
    public const string BroadcastKind = "reminder";

    public static string Key(long eventId, string offsetKey, string starts) => $"reminder:{eventId}:{offsetKey}:{starts}";

    /// <param name="due">When the reminder was due, whatever the firing's own time (a catch-up at start fires later).</param>
    public async Task FireAsync(long eventId, string offsetKey, string starts, DateTimeOffset due, CancellationToken ct)
    {
        var zone = bot.Value.Zone();
        if (await store.FindAsync(eventId, ct) is not { } found || Obsolete(found, offsetKey, starts, zone))
        {
            LogObsolete(logger, eventId, offsetKey, starts);
            return;
        }

        var optedOut = await store.OptedOutAsync(ct);
        var audience = EventAudience.For(found.CurrentProvince, found.Region, found.TopicText);
        var chats = (await subscriptions.MatchingAsync(audience, ct)).Where(c => !optedOut.Contains(c)).ToList();
        var outcome = await outbox.TransactionAsync(async (tx, token) =>
        {
            // Read again inside the write transaction: an edit or a cancellation committed a moment ago wins.
            if (await EventReminderStore.FindAsync(tx.Connection, tx.Transaction, eventId, token) is not { } current || Obsolete(current, offsetKey, starts, zone))
            {
                return "obsolete";
            }

            var now = time.GetUtcNow();
            var skip = now >= current.LastUseful(zone) ? SkipReason.Started
                : MisfirePolicy.BeyondGrace(due, now, options.Value.MisfireGrace) is { } late ? SkipReason.Late(late)
                : null;
            var entry = new ReminderLogEntry(eventId, offsetKey, starts, skip is null ? ReminderLogEntry.Sent : ReminderLogEntry.Skipped, skip, UnixTime.Ms(due));
            if (!await store.LogAsync(tx.Connection, tx.Transaction, entry, token))
            {
                return "done before";
            }

            if (skip is not null)
            {
                return skip;
            }

            var left = current.Start(zone) - now;
            var broadcast = new Broadcast(Key(eventId, offsetKey, starts), BroadcastKind,
                ReminderText.ForSubscribers(current, left, Language.Vi), EnglishText: ReminderText.ForSubscribers(current, left, Language.En));
            await tx.BroadcastAsync(broadcast, chats, token);
            return "sent";
        }, ct);
        LogFired(logger, eventId, offsetKey, starts, outcome, chats.Count);
    }

    /// <summary>The event is gone, cancelled, moved to another time, or no longer has this reminder: its trigger is stale.</summary>
    private bool Obsolete(ReminderEvent e, string offsetKey, string starts, TimeZoneInfo zone) =>
        e.Cancelled || e.Starts != starts || e.Plan(zone, options.Value.DateOnlyHour).All(p => p.OffsetKey != offsetKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {OffsetKey} of event {EventId} for {Starts}: {Outcome} ({Chats} matching chats)")]
    private static partial void LogFired(ILogger logger, long eventId, string offsetKey, string starts, string outcome, int chats);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {OffsetKey} of event {EventId} for {Starts} is stale: the event was cancelled, moved or changed")]
    private static partial void LogObsolete(ILogger logger, long eventId, string offsetKey, string starts);
}
