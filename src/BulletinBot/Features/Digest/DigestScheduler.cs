using BulletinBot.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace BulletinBot.Features.Digest;

/// <summary>
/// One weekly cron trigger per slot in use, in the office's zone: Digest:Cron for chats that chose none, and one per
/// day and hour some chat picked in /settings. Set up at start, before Quartz fires; a slot picked later gets its
/// trigger at once.
/// </summary>
public sealed class DigestScheduler(DigestStore store, JobSchedule schedule, IOptions<DigestOptions> options, IOptions<BotOptions> bot) : IHostedService
{
    public static readonly JobKey Job = new("digest", "digests");

    public static TriggerKey TriggerOf(string slot) => new("digest:" + slot, "digests");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await schedule.KeepJobAsync<DigestJob>(Job, cancellationToken);
        await SlotAsync(DigestSlot.Default, options.Value.Cron, cancellationToken);
        foreach (var slot in await store.SlotsInUseAsync(cancellationToken))
        {
            await UseAsync(slot, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Makes sure a slot a chat just picked fires every week.</summary>
    public Task UseAsync(DigestSlot slot, CancellationToken ct) => SlotAsync(slot.Key, slot.Cron, ct);

    private Task SlotAsync(string slot, string cron, CancellationToken ct) =>
        schedule.CronAsync(TriggerOf(slot), Job, cron, bot.Value.Zone(), new Dictionary<string, string> { [DigestJob.Slot] = slot }, ct);
}
