using Quartz;

namespace BulletinBot.Features.Reminders;

/// <summary>The earliest personal reminder is due: <see cref="PersonalReminders"/> queues every one due and sets the next firing.</summary>
public sealed class PersonalReminderJob(PersonalReminders reminders) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => await reminders.SweepAsync(cancellationToken);
}
