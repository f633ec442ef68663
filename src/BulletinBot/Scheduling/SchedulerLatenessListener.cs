using BulletinBot.Telemetry;
using Quartz;

namespace BulletinBot.Scheduling;

/// <summary>
/// How late each job starts after the time its trigger named: the scheduler's health in one histogram
/// (<c>bulletinbot.scheduler.lateness</c>), a misfire caught up at start included.
/// </summary>
public sealed class SchedulerLatenessListener(BotMetrics metrics) : IJobListener
{
    public string Name => "bulletinbot-lateness";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (context.ScheduledFireTimeUtc is { } scheduled)
        {
            metrics.JobStarted(context.JobDetail.Key.Group, context.FireTimeUtc - scheduled);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;
}
