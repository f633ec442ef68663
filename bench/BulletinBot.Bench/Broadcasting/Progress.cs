using System.Diagnostics;

namespace BulletinBot.Bench.Broadcasting;

/// <summary>Polls a condition every 100 ms, sampling the bot's working set on each pass.</summary>
public static class Progress
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    public static async Task<bool> WaitUntilAsync(
        Func<CancellationToken, Task<bool>> done, Process bot, WorkingSetPeak peak, TimeSpan timeout, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            peak.Sample(bot);
            if (await done(ct))
            {
                return true;
            }

            if (Stopwatch.GetElapsedTime(started) > timeout)
            {
                return false;
            }

            await Task.Delay(Interval, ct);
        }
    }

    /// <summary>Three times the time the limits allow, and never under a minute: a stall ends the run instead of hanging it.</summary>
    public static TimeSpan TimeoutFor(BroadcastSettings run) =>
        TimeSpan.FromSeconds(60 + (run.Unlimited ? run.Chats / 500.0 : 3.0 * run.Chats / run.GlobalPerSecond));
}
