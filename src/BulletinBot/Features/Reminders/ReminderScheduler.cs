using System.Globalization;
using BulletinBot.Chat;
using BulletinBot.Data;
using BulletinBot.Delivery;
using BulletinBot.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace BulletinBot.Features.Reminders;

/// <summary>
/// How the Events feature hands its events to Reminders, keeping the dependency one way: inside the transaction that
/// publishes, edits or cancels an event it records what Reminders needs (<see cref="TrackAsync"/>,
/// <see cref="CancelAsync"/>); after the commit <see cref="SyncAsync"/> makes Quartz hold exactly one trigger per reminder
/// of the event's current time. <see cref="ReconcileAsync"/> puts back any trigger lost between the two.
/// </summary>
public sealed partial class ReminderScheduler(
    EventReminderStore store,
    JobSchedule schedule,
    IOptions<RemindersOptions> options,
    IOptions<BotOptions> bot,
    TimeProvider time,
    ILogger<ReminderScheduler> logger)
{
    public const string Group = "event-reminders";

    public static JobKey JobOf(long eventId) => new("event:" + eventId.ToString(CultureInfo.InvariantCulture), Group);

    public static TriggerKey TriggerOf(long eventId, string offsetKey, string starts) =>
        new($"event:{eventId.ToString(CultureInfo.InvariantCulture)}:{offsetKey}:{starts}", Group);

    /// <summary>The offsets an organizer can tick on the card: the configured ones and a few common ones.</summary>
    public IReadOnlyList<TimeSpan> Choices => ReminderOffsets.Tidy([.. ReminderOffsets.Choices, .. options.Value.DefaultOffsets]);

    public IReadOnlyList<TimeSpan> DefaultOffsets => options.Value.DefaultOffsets;

    /// <summary>When an event known only by its day is reminded, the day before.</summary>
    public TimeOnly DateOnlyHour => options.Value.DateOnlyHour;

    public async Task<IReadOnlyList<TimeSpan>> OffsetsForAsync(long eventId, CancellationToken ct) =>
        await store.ChoiceAsync(eventId, ct) ?? options.Value.DefaultOffsets;

    /// <summary>Ticks or unticks one offset for one event (its card's ⏰ buttons); takes effect when the event is (re)published.</summary>
    public async Task<IReadOnlyList<TimeSpan>> ToggleAsync(long eventId, TimeSpan offset, CancellationToken ct)
    {
        var current = await OffsetsForAsync(eventId, ct);
        var chosen = ReminderOffsets.Tidy(current.Contains(offset) ? current.Where(o => o != offset) : [.. current, offset]);
        await store.ChooseAsync(eventId, chosen, ct);
        return chosen;
    }

    public async Task<IReadOnlyList<TimeSpan>> ChooseAsync(long eventId, IReadOnlyList<TimeSpan> offsets, CancellationToken ct)
    {
        var chosen = ReminderOffsets.Tidy(offsets);
        await store.ChooseAsync(eventId, chosen, ct);
        return chosen;
    }

    /// <summary>Records, in the caller's transaction, the event as it now stands; call <see cref="SyncAsync"/> after the commit.</summary>
    public async Task TrackAsync(OutboxTransaction tx, EventReminderPlan plan, CancellationToken ct)
    {
        var offsets = await OffsetsForAsync(plan.EventId, ct);
        await store.SaveAsync(tx.Connection, tx.Transaction, plan, offsets, ct);
    }

    /// <summary>Records, in the caller's transaction, that the event was cancelled; call <see cref="SyncAsync"/> after the commit.</summary>
    public Task CancelAsync(OutboxTransaction tx, long eventId, CancellationToken ct) =>
        store.CancelAsync(tx.Connection, tx.Transaction, eventId, ct);

    /// <summary>Replaces the event's triggers by those of its current time: old times and cancelled events keep none.</summary>
    public async Task SyncAsync(long eventId, CancellationToken ct)
    {
        try
        {
            var row = await store.FindAsync(eventId, ct);
            IReadOnlyList<OneShot> shots = row is null || row.Cancelled ? [] : await ShotsAsync(row, ct);
            await schedule.ReplaceAsync<EventReminderJob>(JobOf(eventId), shots, ct);
        }
        catch (SchedulerException ex)
        {
            // The event change is committed; the next reconciliation (at start and every quarter hour) puts the triggers right.
            LogSyncFailed(logger, ex, eventId);
        }
    }

    /// <summary>Gives every reminder still to do, with neither a trigger nor a record, its trigger back.</summary>
    public async Task<int> ReconcileAsync(CancellationToken ct)
    {
        var restored = 0;
        var from = ZonedTime.Today(time.GetUtcNow(), bot.Value.Zone()).AddDays(-1);
        foreach (var row in await store.ActiveAsync(from, ct))
        {
            var existing = (await schedule.TriggersOfAsync(JobOf(row.EventId), ct)).Select(t => t.Key).ToHashSet();
            foreach (var shot in (await ShotsAsync(row, ct)).Where(s => !existing.Contains(s.Trigger)))
            {
                await schedule.AddAsync<EventReminderJob>(JobOf(row.EventId), shot, ct);
                restored++;
            }
        }

        if (restored > 0)
        {
            LogRestored(logger, restored);
        }

        return restored;
    }

    private async Task<IReadOnlyList<OneShot>> ShotsAsync(ReminderEvent row, CancellationToken ct)
    {
        var logged = await store.LoggedAsync(row.EventId, ct);
        var now = time.GetUtcNow();
        var planned = UnixTime.From(row.PlannedAt);
        var shots = new List<OneShot>();
        foreach (var reminder in row.Plan(bot.Value.Zone(), options.Value.DateOnlyHour))
        {
            // Already due when it was planned (an event posted or moved to within the hour): it was never meant to be
            // sent, so it is not "missed" either. One due since then and never done is caught up now.
            if (reminder.Due < planned || logged.Contains(reminder.OffsetKey + "@" + row.Starts))
            {
                continue;
            }

            var data = new Dictionary<string, string>
            {
                [EventReminderJob.EventId] = row.EventId.ToString(CultureInfo.InvariantCulture),
                [EventReminderJob.Offset] = reminder.OffsetKey,
                [EventReminderJob.Starts] = row.Starts,
                [EventReminderJob.Due] = UnixTime.Ms(reminder.Due).ToString(CultureInfo.InvariantCulture),
            };
            shots.Add(new OneShot(TriggerOf(row.EventId, reminder.OffsetKey, row.Starts), reminder.Due < now ? now : reminder.Due, data));
        }

        return shots;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not update the reminder triggers of event {EventId}; the next check will")]
    private static partial void LogSyncFailed(ILogger logger, Exception ex, long eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Restored {Count} event reminder trigger(s) that Quartz did not hold")]
    private static partial void LogRestored(ILogger logger, int count);
}
