using Quartz;

namespace BulletinBot.Scheduling;

/// <summary>
/// The few ways features put work on Quartz's calendar, each with the same policy: stable identities built from
/// domain ids, job data as strings, a trigger missed while the bot was down fired once at start (the job judges
/// whether it is still worth doing), and a job that throws retried a few times before the trigger is spent.
/// </summary>
public sealed class JobSchedule(ISchedulerFactory factory)
{
    // A failing job is logged by Quartz and fired again after 30 s, 1, 2, 4 and 8 min; features keep their own
    // record of what is done, so whatever still fails after that is picked up again by their start-up check.
    private static readonly RetryPolicy Retries = RetryPolicy.Exponential(5, TimeSpan.FromSeconds(30), 2.0, TimeSpan.FromMinutes(10));

    public Task<IScheduler> SchedulerAsync(CancellationToken ct) => factory.GetScheduler(ct).AsTask();

    /// <summary>Registers a job that lives without triggers, for triggers added later with <see cref="NextAsync"/> or <see cref="CronAsync"/>.</summary>
    public async Task KeepJobAsync<TJob>(JobKey job, CancellationToken ct) where TJob : IJob
    {
        var scheduler = await SchedulerAsync(ct);
        await scheduler.AddJob(JobBuilder.Create<TJob>().WithIdentity(job).StoreDurably().Build(), AddJobOptions.Replacing, ct);
    }

    /// <summary>Replaces <paramref name="job"/> and all its triggers by one-shot triggers, each with its own data.</summary>
    public async Task ReplaceAsync<TJob>(JobKey job, IReadOnlyCollection<OneShot> shots, CancellationToken ct) where TJob : IJob
    {
        var scheduler = await SchedulerAsync(ct);
        await scheduler.DeleteJob(job, ct);
        if (shots.Count == 0)
        {
            return;
        }

        var detail = JobBuilder.Create<TJob>().WithIdentity(job).Build();
        var triggers = shots.Select(s => Build(s.Trigger, job, s.At, s.Data)).ToList();
        await scheduler.ScheduleJob(detail, triggers, ScheduleJobOptions.Replacing, ct);
    }

    /// <summary>Adds one one-shot trigger to <paramref name="job"/>, creating the job when it has none; a trigger of the same key is replaced.</summary>
    public async Task AddAsync<TJob>(JobKey job, OneShot shot, CancellationToken ct) where TJob : IJob
    {
        var scheduler = await SchedulerAsync(ct);
        var trigger = Build(shot.Trigger, job, shot.At, shot.Data);
        if (await scheduler.Exists(job, ct))
        {
            await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, ct);
            return;
        }

        await scheduler.ScheduleJob(JobBuilder.Create<TJob>().WithIdentity(job).Build(), [trigger], ScheduleJobOptions.Replacing, ct);
    }

    /// <summary>Makes sure the durable <paramref name="job"/> fires at <paramref name="at"/> or earlier: one trigger that only ever moves closer.</summary>
    public async Task NextAsync(TriggerKey key, JobKey job, DateTimeOffset at, CancellationToken ct)
    {
        var scheduler = await SchedulerAsync(ct);
        await scheduler.ScheduleTrigger(Build(key, job, at, new Dictionary<string, string>()), TriggerConflict.KeepEarlier, ct);
    }

    /// <summary>A repeating trigger on a cron expression in the office's zone; replaced when the expression changed.</summary>
    public async Task CronAsync(TriggerKey key, JobKey job, string cron, TimeZoneInfo zone, IReadOnlyDictionary<string, string> data, CancellationToken ct)
    {
        var scheduler = await SchedulerAsync(ct);
        if (await scheduler.GetTrigger(key, ct) is ICronTrigger existing && existing.CronExpressionString == cron && existing.TimeZone.Id == zone.Id)
        {
            return;
        }

        var builder = TriggerBuilder.Create().WithIdentity(key).ForJob(job)
            .WithCronSchedule(cron, c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .WithRetryPolicy(Retries);
        foreach (var (name, value) in data)
        {
            builder = builder.UsingJobData(name, value);
        }

        await scheduler.ScheduleTrigger(builder.Build(), TriggerConflict.Replace, ct);
    }

    public async Task<bool> ExistsAsync(TriggerKey key, CancellationToken ct) =>
        await (await SchedulerAsync(ct)).Exists(key, ct);

    public async Task RemoveAsync(JobKey job, CancellationToken ct) => await (await SchedulerAsync(ct)).DeleteJob(job, ct);

    public async Task RemoveAsync(TriggerKey trigger, CancellationToken ct) => await (await SchedulerAsync(ct)).UnscheduleJob(trigger, ct);

    /// <summary>The triggers still waiting for <paramref name="job"/>, with their data.</summary>
    public async Task<IReadOnlyList<ITrigger>> TriggersOfAsync(JobKey job, CancellationToken ct)
    {
        var scheduler = await SchedulerAsync(ct);
        return [.. await scheduler.GetTriggersOfJob(job, ct)];
    }

    /// <summary>True once the scheduler has started firing (it waits for the host to finish starting).</summary>
    public async Task<bool> IsRunningAsync(CancellationToken ct) =>
        await (await SchedulerAsync(ct)).GetStatus(ct) == SchedulerStatus.Running;

    private static ITrigger Build(TriggerKey key, JobKey job, DateTimeOffset at, IReadOnlyDictionary<string, string> data)
    {
        var builder = TriggerBuilder.Create().WithIdentity(key).ForJob(job).StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .WithRetryPolicy(Retries);
        foreach (var (name, value) in data)
        {
            builder = builder.UsingJobData(name, value);
        }

        return builder.Build();
    }
}
