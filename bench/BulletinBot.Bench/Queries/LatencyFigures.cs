using System.Diagnostics;
using System.Globalization;

namespace BulletinBot.Bench.Queries;

/// <summary>Times of one handler over many runs, printed as p50 and p99 in milliseconds.</summary>
public sealed class LatencyFigures(string name)
{
    private readonly List<double> milliseconds = [];

    public string Name { get; } = name;

    public double P50 => Percentile(0.50);

    public double P99 => Percentile(0.99);

    public async Task MeasureAsync(Func<Task> run, int runs, int warmUp = 20)
    {
        for (var i = 0; i < warmUp; i++)
        {
            await run();
        }

        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await run();
            milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        milliseconds.Sort();
    }

    public string Line() => string.Create(CultureInfo.InvariantCulture, $"{Name,-40} p50 {P50,7:0.00} ms   p99 {P99,7:0.00} ms");

    // Nearest rank over the sorted runs.
    private double Percentile(double p) =>
        milliseconds.Count == 0 ? 0 : milliseconds[Math.Clamp((int)Math.Ceiling(p * milliseconds.Count) - 1, 0, milliseconds.Count - 1)];
}
