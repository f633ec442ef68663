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

    /// <summary>
    /// Runs until <see cref="Complete"/> and drains what is left, so no outcome is dropped at shutdown; only
    /// <paramref name="outOfTime"/> (the host's shutdown budget spent) gives up on a batch the database will not take.
    /// </summary>
    public async Task RunAsync(CancellationToken outOfTime)
    {
        var batch = new List<DeliveryResult>(MaxBatch);
        while (await results.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && results.Reader.TryRead(out var result))
            {
                batch.Add(result);
            }

            await ApplyUntilWrittenAsync(batch, outOfTime);
            room.Release(batch.Count);
            signal.Wake();
            batch.Clear();
        }
    }

    public void Dispose() => room.Dispose();

    // An outcome that is never written would send its message again after a restart, so a busy database is waited out.
    private async Task ApplyUntilWrittenAsync(List<DeliveryResult> batch, CancellationToken outOfTime)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.ApplyAsync(batch, outOfTime);
                return;
            }
            catch (SqliteException ex) when (!outOfTime.IsCancellationRequested)
            {
                if (attempt == 1)
                {
                    LogRetrying(logger, ex, batch.Count);
                }
                else
                {
                    LogStillRetrying(logger, batch.Count, attempt, ex.SqliteErrorCode);
                }

                await Task.Delay(TimeSpan.FromSeconds(1), time, CancellationToken.None);
            }
            catch (Exception ex) when (outOfTime.IsCancellationRequested && ex is SqliteException or OperationCanceledException)
            {
                // Out of time: these rows stay "sending" and go out again after the restart.
                LogAbandoned(logger, batch.Count);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown time ran out before {Count} delivery outcomes were recorded; they will be sent again after the restart")]
    private static partial void LogAbandoned(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record {Count} delivery outcomes; trying again")]
    private static partial void LogRetrying(ILogger logger, Exception ex, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Still could not record {Count} delivery outcomes (attempt {Attempt}, SQLite error {ErrorCode}); trying again")]
    private static partial void LogStillRetrying(ILogger logger, int count, int attempt, int errorCode);
}
