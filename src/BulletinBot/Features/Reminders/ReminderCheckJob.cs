using Quartz;

namespace BulletinBot.Features.Reminders;

/// <summary>Every quarter hour: any reminder trigger lost (a failed write to Quartz after an event change) is put back.</summary>
public sealed class ReminderCheckJob(ReminderScheduler scheduler, PersonalReminders personal) : IJob
{
    public static readonly JobKey Job = new("check", "reminders");

    public static readonly TriggerKey Trigger = new("check", "reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await scheduler.ReconcileAsync(cancellationToken);
        await personal.EnsureNextAsync(cancellationToken);
    }
}
