namespace BulletinBot.FakeBotApi;

/// <summary>Updates waiting for getUpdates; an offset confirms (drops) everything before it.</summary>
internal sealed class UpdateQueue(long firstUpdateId)
{
    private readonly Lock _gate = new();
    private readonly List<(long Id, byte[] Json)> _pending = [];
    private readonly Dictionary<long, byte[]> _everyUpdate = [];
    private long _nextId = firstUpdateId;
    private TaskCompletionSource _arrived = NewSignal();
    private TaskCompletionSource _pollerParked = NewSignal();
    private int _parkedPollers;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    public long Enqueue(Func<long, byte[]> build)
    {
        TaskCompletionSource arrived;
        long id;
        lock (_gate)
        {
            id = _nextId++;
            var json = build(id);
            _pending.Add((id, json));
            _everyUpdate[id] = json;
            arrived = _arrived;
            _arrived = NewSignal();
        }

        arrived.TrySetResult();
        return id;
    }

    /// <summary>Answers at once when updates are queued, else waits for one up to <paramref name="wait"/>.</summary>
    public async Task<IReadOnlyList<byte[]>> TakeAsync(long offset, int limit, TimeSpan wait, CancellationToken ct)
    {
        var waitUntil = TimeProvider.System.GetTimestamp() + (long)(wait.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (true)
        {
            var remaining = TimeProvider.System.GetElapsedTime(TimeProvider.System.GetTimestamp(), waitUntil);
            Task arrived;
            TaskCompletionSource parked;
            lock (_gate)
            {
                Confirm(offset);
                if (_pending.Count > 0 || remaining <= TimeSpan.Zero)
                {
                    return _pending.Take(limit).Select(u => u.Json).ToArray();
                }

                arrived = _arrived.Task;
                _parkedPollers++;
                parked = _pollerParked;
                _pollerParked = NewSignal();
            }

            parked.TrySetResult();
            try
            {
                await arrived.WaitAsync(remaining, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
            {
                return [];
            }
            finally
            {
                lock (_gate)
                {
                    _parkedPollers--;
                }
            }
        }
    }

    /// <summary>The updates not yet confirmed, oldest first, for the webhook to post.</summary>
    public IReadOnlyList<(long Id, byte[] Json)> Pending()
    {
        lock (_gate)
        {
            return [.. _pending];
        }
    }

    /// <summary>A webhook post answered 2xx confirms its update.</summary>
    public void ConfirmOne(long updateId)
    {
        lock (_gate)
        {
            _pending.RemoveAll(u => u.Id == updateId);
        }
    }

    /// <summary>Any update ever queued, confirmed or not, to be posted again.</summary>
    public byte[] JsonOf(long updateId)
    {
        lock (_gate)
        {
            return _everyUpdate[updateId];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    /// <summary>Completes once some getUpdates call is waiting for an update.</summary>
    public async Task WaitForParkedPollerAsync(TimeSpan timeout)
    {
        Task parked;
        lock (_gate)
        {
            if (_parkedPollers > 0)
            {
                return;
            }

            parked = _pollerParked.Task;
        }

        try
        {
            await parked.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No getUpdates call was waiting for updates within {timeout.TotalSeconds:0.###} s.");
        }
    }

    private void Confirm(long offset)
    {
        if (offset > 0)
        {
            _pending.RemoveAll(u => u.Id < offset);
        }
        else if (offset < 0 && _pending.Count > -offset)
        {
            // A negative offset keeps only the last -offset updates and forgets the rest.
            _pending.RemoveRange(0, _pending.Count - (int)Math.Min(-offset, int.MaxValue));
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
