using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace BulletinBot.Delivery;

/// <summary>
/// Writes outcomes back to the outbox in batches: one transaction for everything that finished while the previous
/// one committed. A crash can lose only that short tail, whose rows are still "sending" and are sent again; the
/// room taken before each send caps sends not yet durably recorded, and with it the duplicates a crash can cause.
/// Each commit wakes the worker: a chat whose row was just settled may send its next one.
/// </summary>
public sealed partial class DeliveryResultWriter(DeliveryStore store, DeliverySignal signal, int maxUnrecorded, TimeProvider time, ILogger logger) : IDisposable
{
    private const int MaxBatch = 1000;
    private readonly SemaphoreSlim room = new(maxUnrecorded, maxUnrecorded);
    private readonly Channel<DeliveryResult> results = Channel.CreateUnbounded<DeliveryResult>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Waits until fewer than the cap of sends are on the wire or awaiting their commit.</summary>
    public Task ReserveAsync(CancellationToken ct) => room.WaitAsync(ct);

    public void Add(DeliveryResult result) => results.Writer.TryWrite(result);

    /// <summary>For a reserved send that never produced a result (stopped at shutdown).</summary>
    public void Abandon() => room.Release();

    public void Complete() => results.Writer.TryComplete();

    /// <summary>Runs until <see cref="Complete"/> and drains what is left; not cancelled, so no outcome is dropped at shutdown.</summary>
    public async Task RunAsync()
    {
        var batch = new List<DeliveryResult>(MaxBatch);
        while (await results.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && results.Reader.TryRead(out var result))
            {
                batch.Add(result);
            }

            await ApplyUntilWrittenAsync(batch);
            room.Release(batch.Count);
            signal.Wake();
            batch.Clear();
        }
    }

    public void Dispose() => room.Dispose();

    // An outcome that is never written would send its message again after a restart, so a busy database is waited out.
    private async Task ApplyUntilWrittenAsync(List<DeliveryResult> batch)
    {
        while (true)
        {
            try
            {
                await store.ApplyAsync(batch, CancellationToken.None);
                return;
            }
            catch (SqliteException ex)
            {
                LogRetrying(logger, ex, batch.Count);
                await Task.Delay(TimeSpan.FromSeconds(1), time);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record {Count} delivery outcomes; trying again")]
    private static partial void LogRetrying(ILogger logger, Exception ex, int count);
}
