using BulletinBot.Delivery;
using Dapper;
using Quartz;

namespace BulletinBot.Bench.Scheduling;

/// <summary>A job that writes to the bot's database through the outbox each time it fires, as reminder and digest jobs do.</summary>
public sealed class TickJob(Outbox outbox, TimeProvider time) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await outbox.TransactionAsync(
            (tx, _) => tx.Connection.ExecuteAsync("INSERT INTO load_ticks (fired_at) VALUES (@At)", new { At = time.GetUtcNow().ToUnixTimeMilliseconds() }, tx.Transaction),
            cancellationToken);
}
