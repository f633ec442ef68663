using Quartz;

namespace BulletinBot.Features.Digest;

/// <summary>A digest slot's weekly firing: hands the slot, and the time it was due, to <see cref="DigestSender"/>.</summary>
public sealed class DigestJob(DigestSender sender, TimeProvider time) : IJob
{
    public const string Slot = "slot";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        // After a misfire Quartz reports the original time here, which is what the grace is measured from.
        await sender.SendSlotAsync(context.MergedJobDataMap.GetString(Slot) ?? DigestSlot.Default, context.ScheduledFireTimeUtc ?? time.GetUtcNow(), cancellationToken);
}
