using System.Globalization;
using BulletinBot.Data;
using Quartz;

namespace BulletinBot.Features.Reminders;

/// <summary>One reminder of one event is due: hands its ids to <see cref="EventReminders"/>.</summary>
public sealed class EventReminderJob(EventReminders reminders) : IJob
{
    public const string EventId = "eventId";
    public const string Offset = "offset";
    public const string Starts = "starts";
    public const string Due = "due";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        await reminders.FireAsync(
            long.Parse(data.GetString(EventId) ?? "", CultureInfo.InvariantCulture),
            data.GetString(Offset) ?? "",
            data.GetString(Starts) ?? "",
            UnixTime.From(long.Parse(data.GetString(Due) ?? "", CultureInfo.InvariantCulture)),
            cancellationToken);
    }
}
