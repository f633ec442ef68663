using System.Diagnostics;

namespace BulletinBot.Bench.Broadcasting;

/// <summary>The highest working set seen in the bot's process, sampled by the caller about every 100 ms.</summary>
public sealed class WorkingSetPeak
{
    public long PeakBytes { get; private set; }

    public void Sample(Process process)
    {
        try
        {
            process.Refresh();
            PeakBytes = Math.Max(PeakBytes, process.WorkingSet64);
        }
        catch (InvalidOperationException)
        {
            // The child exited between two samples (it was just killed); the next one measures its successor.
        }
    }
}
