using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BulletinBot.Scheduling;

/// <summary>Readiness: reminders and digests fire only while Quartz runs; before the host starts it, or after a fault stopped it, the bot is not ready.</summary>
public sealed class SchedulerStartedCheck(JobSchedule schedule) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await schedule.IsRunningAsync(cancellationToken)
            ? HealthCheckResult.Healthy("started")
            : HealthCheckResult.Unhealthy("not started");
}
