namespace BulletinBot.Delivery;

/// <summary>Wakes the delivery worker when something is queued, so a reply leaves at once rather than at the next poll.</summary>
public sealed class DeliverySignal : IDisposable
{
    private readonly SemaphoreSlim gate = new(0, 1);
    private int woken;

    public void Wake()
    {
        Interlocked.Exchange(ref woken, 1);
        try
        {
            gate.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up covers any number of enqueues.
        }
    }

    /// <summary>True once per wake-up: tells the worker new rows may be waiting in the outbox.</summary>
    public bool TakeWake() => Interlocked.Exchange(ref woken, 0) == 1;

    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (timeout > TimeSpan.Zero)
        {
            await gate.WaitAsync(timeout, ct);
        }
    }

    public void Dispose() => gate.Dispose();
}
