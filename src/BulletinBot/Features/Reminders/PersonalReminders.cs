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
/// Personal reminders live in their own table; Quartz holds a single trigger, at the earliest one due. When it fires,
/// every reminder due by then is queued in the outbox (in the chat's language, with snooze buttons) in the transaction
/// that marks it sent, and the trigger moves to the next one. A hundred thousand pending reminders cost Quartz one row.
/// </summary>
public sealed partial class PersonalReminders(
    ReminderStore store,
    JobSchedule schedule,
    Outbox outbox,
    IOptions<RemindersOptions> options,
    IOptions<BotOptions> bot,
    TimeProvider time,
    ILogger<PersonalReminders> logger)
{
    public const string BroadcastKind = "personal reminder";

    public static readonly JobKey Job = new("personal", "personal-reminders");

    public static readonly TriggerKey Next = new("personal:next", "personal-reminders");

    private const int Batch = 2000;

    public TimeZoneInfo Zone => bot.Value.Zone();

    public static string Key(PersonalReminder reminder) =>
        $"remind:{reminder.Id.ToString(CultureInfo.InvariantCulture)}:{reminder.DueAt.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Reminders go out on whole minutes, so the ones people set for the same minute leave together.</summary>
    public static DateTimeOffset OnTheMinute(DateTimeOffset due) =>
        new(due.UtcTicks - due.UtcTicks % TimeSpan.TicksPerMinute + (due.UtcTicks % TimeSpan.TicksPerMinute >= TimeSpan.TicksPerMinute / 2 ? TimeSpan.TicksPerMinute : 0), TimeSpan.Zero);

    /// <returns>The reminder's id, or null when the chat already has one for this event at this minute.</returns>
    public async Task<long?> AddAsync(long chatId, long eventId, DateTimeOffset due, CancellationToken ct)
    {
        var id = await store.AddAsync(chatId, eventId, OnTheMinute(due), ct);
        if (id is not null)
        {
            await schedule.NextAsync(Next, Job, OnTheMinute(due), ct);
        }

        return id;
    }

    public async Task<bool> SnoozeAsync(long chatId, long id, DateTimeOffset due, CancellationToken ct)
    {
        var snoozed = await store.SnoozeAsync(chatId, id, OnTheMinute(due), ct);
        if (snoozed)
        {
            await schedule.NextAsync(Next, Job, OnTheMinute(due), ct);
        }

        return snoozed;
    }

    /// <summary>Queues every reminder due by now, skips (and records) those too late to be useful, and sets the next trigger.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var sent = 0;
        while (true)
        {
            var now = time.GetUtcNow();
            var due = await store.DueAsync(now, Batch, ct);
            if (due.Count == 0)
            {
                break;
            }

            var verdicts = due.Select(r => (Reminder: r, Skip: SkipFor(r, now))).ToList();
            sent += await outbox.TransactionAsync(async (tx, token) =>
            {
                foreach (var skipped in verdicts.Where(v => v.Skip is not null).GroupBy(v => v.Skip))
                {
                    await store.SettleAsync(tx.Connection, tx.Transaction, skipped.Select(v => v.Reminder.Id), "skipped", skipped.Key, now, token);
                }

                var sending = verdicts.Where(v => v.Skip is null).Select(v => v.Reminder).ToList();
                var settled = await store.SettleAsync(tx.Connection, tx.Transaction, sending.Select(r => r.Id), "sent", null, now, token);
                var broadcasts = sending.Where(r => settled.Contains(r.Id)).Select(r => new OneChatBroadcast(r.ChatId, new Broadcast(
                    Key(r), BroadcastKind, ReminderText.Personal(r.Event, r.ChatLanguage), Buttons: [SnoozeButton.Row(r.Id, r.ChatLanguage)]))).ToList();
                return (await tx.BroadcastEachAsync(broadcasts, token)).Count;
            }, ct);
            if (due.Count < Batch)
            {
                break;
            }
        }

        await ScheduleNextAsync(ct);
        LogSwept(logger, sent);
        return sent;
    }

    /// <summary>Makes sure the job exists and its trigger is at (or before) the earliest pending reminder.</summary>
    public async Task EnsureNextAsync(CancellationToken ct)
    {
        await schedule.KeepJobAsync<PersonalReminderJob>(Job, ct);
        await ScheduleNextAsync(ct);
    }

    private async Task ScheduleNextAsync(CancellationToken ct)
    {
        if (await store.NextDueAsync(ct) is { } next)
        {
            await schedule.NextAsync(Next, Job, next, ct);
        }
    }

    private string? SkipFor(PersonalReminder reminder, DateTimeOffset now)
    {
        if (reminder.Cancelled)
        {
            return SkipReason.Cancelled;
        }

        if (now >= reminder.Event.LastUseful(Zone))
        {
            return SkipReason.Started;
        }

        return MisfirePolicy.BeyondGrace(UnixTime.From(reminder.DueAt), now, options.Value.MisfireGrace) is { } late ? SkipReason.Late(late) : null;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Personal reminders: {Sent} queued")]
    private static partial void LogSwept(ILogger logger, int sent);
}
