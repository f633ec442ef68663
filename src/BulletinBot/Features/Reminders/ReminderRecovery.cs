using BulletinBot.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BulletinBot.Features.Reminders;

/// <summary>
/// At start, before Quartz begins firing: every reminder still to do has its trigger, and the quarter-hourly check is
/// on the calendar. Triggers missed while the bot was down are then fired once by Quartz and judged by the jobs.
/// </summary>
public sealed class ReminderRecovery(ReminderScheduler scheduler, PersonalReminders personal, JobSchedule schedule, IOptions<BotOptions> bot) : IHostedService
{
    private const string EveryQuarterHour = "0 0/15 * * * ?";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await schedule.KeepJobAsync<ReminderCheckJob>(ReminderCheckJob.Job, cancellationToken);
        await schedule.CronAsync(ReminderCheckJob.Trigger, ReminderCheckJob.Job, EveryQuarterHour, bot.Value.Zone(), new Dictionary<string, string>(), cancellationToken);
        await scheduler.ReconcileAsync(cancellationToken);
        await personal.EnsureNextAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
