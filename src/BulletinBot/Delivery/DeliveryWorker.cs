using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BulletinBot.Delivery;

/// <summary>
/// Sends everything in the outbox: claims due rows (at most one per chat, so chats take turns), picks the first whose
/// chat may receive now (replies before broadcasts), takes the bot-wide permit and sends. Each send runs on its own so
/// a slow chat never holds up others.
/// </summary>
public sealed partial class DeliveryWorker(
    DeliveryStore store,
    DeliveryPacer pacer,
    RowSender sender,
    SendingGate gate,
    DeliverySignal signal,
    IHostApplicationLifetime lifetime,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(1);

    // A database too busy to answer (another program holding a lock) pauses sending; it never stops the bot.
    private static readonly TimeSpan DatabasePause = TimeSpan.FromSeconds(1);
    private readonly int claimSize = options.Value.Unlimited ? 1000 : Math.Clamp(options.Value.GlobalPerSecond * 2, 20, 1000);

    // Cancelled only when the host's shutdown budget (HostOptions.ShutdownTimeout) runs out. Until then a send already
    // on the wire finishes and its outcome is recorded: cancelling it would leave a message Telegram delivered marked
    // unsent, and the next start would send it again.
    private readonly CancellationTokenSource outOfTime = new();
    private int databaseFailures;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await using var registration = cancellationToken.Register(outOfTime.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        outOfTime.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await ResumeInFlightAsync(stoppingToken);

        using var writer = new DeliveryResultWriter(store, signal, options.Value.MaxInFlight * 2, time, logger);
        var writing = writer.RunAsync(outOfTime.Token);
        using var inFlight = new SemaphoreSlim(options.Value.MaxInFlight);
        var sends = new HashSet<Task>();
        // Nothing new leaves once the host begins to stop, though the host stops this service only after the others.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        try
        {
            await DispatchAsync(writer, inFlight, sends, outOfTime.Token, stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping: rows claimed but not sent stay "sending" and are picked up at the next start.
        }
        finally
        {
            Task[] running;
            lock (sends)
            {
                running = [.. sends];
            }

            await Task.WhenAll(running);
            writer.Complete();
            await writing;
        }
    }

    // Rows left "sending" by the last run go out again; a database locked at start delays that, and all sending, until it answers.
    private async Task ResumeInFlightAsync(CancellationToken ct)
    {
        while (true)
        {
            try
            {
                var reset = await store.ResetInFlightAsync(ct);
                if (reset > 0)
                {
                    LogResumed(logger, reset);
                }

                return;
            }
            catch (SqliteException ex)
            {
                DatabaseUnavailable(ex);
                await Task.Delay(DatabasePause, time, ct);
            }
        }
    }

    private async Task DispatchAsync(
        DeliveryResultWriter writer, SemaphoreSlim inFlight, HashSet<Task> sends, CancellationToken sendToken, CancellationToken ct)
    {
        var ready = new List<DeliveryRow>();
        var mayHaveDue = true;
        Task<IReadOnlyList<DeliveryRow>>? claiming = null;
        while (!ct.IsCancellationRequested)
        {
            mayHaveDue |= signal.TakeWake();
            if (claiming is null && mayHaveDue && ready.Count < claimSize)
            {
                // Microsoft.Data.Sqlite's async calls complete synchronously, so only Task.Run takes the claim off this loop.
                claiming = Task.Run(() => store.ClaimDueAsync(claimSize, ct), ct);
            }

            // The next claim runs while the rows in hand are sent: run in line, each claim left a gap of tens of
            // milliseconds in the bot-wide pace that no later send could make up.
            if (claiming is not null && (claiming.IsCompleted || ready.Count == 0))
            {
                var claimed = await ClaimedOrNoneAsync(claiming, ct);
                claiming = null;
                mayHaveDue = claimed.Count == claimSize;
                if (claimed.Count > 0)
                {
                    ready.AddRange(claimed);
                    ready.Sort(static (a, b) => a.Priority != b.Priority ? a.Priority.CompareTo(b.Priority) : a.Id.CompareTo(b.Id));
                }
            }

            var row = TakeSendable(ready, out var soonest);
            if (row is null)
            {
                var wait = ready.Count > 0 ? soonest : await UntilNextDueOrPollAsync(ct);
                await signal.WaitAsync(wait, ct);
                mayHaveDue = true;
                continue;
            }

            await writer.ReserveAsync(ct);
            await gate.WaitAsync(ct);
            await pacer.TakeGlobalAsync(row.IsBroadcast, ct);
            await inFlight.WaitAsync(ct);
            var send = SendAndReleaseAsync(row, writer, inFlight, sendToken);
            lock (sends)
            {
                sends.Add(send);
            }

            _ = send.ContinueWith(t => { lock (sends) { sends.Remove(t); } }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private DeliveryRow? TakeSendable(List<DeliveryRow> ready, out TimeSpan soonest)
    {
        soonest = IdlePoll;
        for (var i = 0; i < ready.Count; i++)
        {
            var row = ready[i];
            if (pacer.TryTakeChat(row.ChatId, row.IsGroup, out var wait))
            {
                ready.RemoveAt(i);
                return row;
            }

            soonest = wait < soonest ? wait : soonest;
        }

        return null;
    }

    private async Task<IReadOnlyList<DeliveryRow>> ClaimedOrNoneAsync(Task<IReadOnlyList<DeliveryRow>> claiming, CancellationToken ct)
    {
        try
        {
            var claimed = await claiming;
            databaseFailures = 0;
            return claimed;
        }
        catch (SqliteException ex)
        {
            DatabaseUnavailable(ex);
            await Task.Delay(DatabasePause, time, ct);
            return [];
        }
    }

    private async Task<TimeSpan> UntilNextDueOrPollAsync(CancellationToken ct)
    {
        DateTimeOffset? next;
        try
        {
            next = await store.NextDueAsync(ct);
        }
        catch (SqliteException ex)
        {
            DatabaseUnavailable(ex);
            return DatabasePause;
        }

        if (next is not { } due)
        {
            return IdlePoll;
        }

        var wait = due - time.GetUtcNow();
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait < IdlePoll ? wait : IdlePoll;
    }

    // Runs on the dispatcher until the request is on the wire, so it leaves at the moment its slot came up.
    private async Task SendAndReleaseAsync(DeliveryRow row, DeliveryResultWriter writer, SemaphoreSlim inFlight, CancellationToken ct)
    {
        try
        {
            writer.Add(await sender.SendAsync(row, ct));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Left as "sending": sent again after restart, which is the in-flight duplicate the outbox allows for.
            writer.Abandon();
        }
        finally
        {
            inFlight.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming {Count} deliveries that were in flight when the bot last stopped")]
    private static partial void LogResumed(ILogger logger, int count);

    // The first failure of a run is logged in full, the rest as one line each: a long lock must not fill the log.
    private void DatabaseUnavailable(SqliteException ex)
    {
        if (++databaseFailures == 1)
        {
            LogDatabaseBusy(logger, ex);
        }
        else
        {
            LogDatabaseStillBusy(logger, databaseFailures, ex.SqliteErrorCode);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database did not answer; delivery pauses briefly")]
    private static partial void LogDatabaseBusy(ILogger logger, Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database still does not answer (attempt {Attempt}, SQLite error {ErrorCode}); delivery pauses")]
    private static partial void LogDatabaseStillBusy(ILogger logger, int attempt, int errorCode);
}
