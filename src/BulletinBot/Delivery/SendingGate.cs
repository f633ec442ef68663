namespace BulletinBot.Delivery;

/// <summary>
/// Holds all sending while the transport refuses the bot's credentials (a revoked token): after each refusal it stays
/// shut for a growing pause, then lets exactly one send through as a probe, and opens when a probe gets through. So a
/// revoked token costs a handful of requests a minute, not hundreds, and nothing queued is lost.
/// </summary>
public sealed class SendingGate(TimeProvider time)
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(5);

    private readonly Lock gate = new();
    private int refusals;
    private DateTimeOffset shutAt = DateTimeOffset.MaxValue;
    private DateTimeOffset shutUntil = DateTimeOffset.MinValue;
    private bool probing;
    private DateTimeOffset probeSentAt;
    private TaskCompletionSource changed = NewSignal();

    /// <summary>Returns when a send may go: at once while open, else as the probe once the pause is over.</summary>
    public async Task WaitAsync(CancellationToken ct)
    {
        while (true)
        {
            TimeSpan wait;
            Task changing;
            lock (gate)
            {
                if (refusals == 0)
                {
                    return;
                }

                // A probe whose answer never came (its send was stopped) is replaced after the longest pause.
                var now = time.GetUtcNow();
                wait = probing ? probeSentAt + LongestPause - now : shutUntil - now;
                if (wait <= TimeSpan.Zero)
                {
                    probing = true;
                    probeSentAt = now;
                    return;
                }

                changing = changed.Task;
            }

            try
            {
                // Woken early when a probe's outcome is known.
                await changing.WaitAsync(wait, time, ct);
            }
            catch (TimeoutException)
            {
                // The pause is over: the next pass takes the probe.
            }
        }
    }

    /// <summary>A send was refused for the credentials: shut, or stay shut for twice as long after a failed probe.</summary>
    public void Refused()
    {
        lock (gate)
        {
            if (refusals > 0 && !probing)
            {
                // Sends already on the wire when the first refusal came back; they say nothing new.
                return;
            }

            refusals++;
            shutAt = refusals == 1 ? time.GetUtcNow() : shutAt;
            shutUntil = time.GetUtcNow() + Pause();
            probing = false;
            Signal();
        }
    }

    /// <summary>A send got through (or was answered about something else): the credentials work.</summary>
    /// <param name="sentAt">When the send left; one that left before the gate shut was answered on the old terms.</param>
    public void Accepted(DateTimeOffset sentAt)
    {
        lock (gate)
        {
            if (refusals == 0 || sentAt < shutAt)
            {
                return;
            }

            shutAt = DateTimeOffset.MaxValue;

            refusals = 0;
            probing = false;
            Signal();
        }
    }

    /// <summary>The probe failed for another reason (the network); probe again after the same pause.</summary>
    public void Inconclusive()
    {
        lock (gate)
        {
            if (!probing)
            {
                return;
            }

            shutUntil = time.GetUtcNow() + Pause();
            probing = false;
            Signal();
        }
    }

    private TimeSpan Pause() => TimeSpan.FromTicks(Math.Min(LongestPause.Ticks, FirstPause.Ticks << Math.Min(refusals - 1, 20)));

    private void Signal()
    {
        var old = changed;
        changed = NewSignal();
        old.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
