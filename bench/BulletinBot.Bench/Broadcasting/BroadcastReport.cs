using System.Globalization;

namespace BulletinBot.Bench.Broadcasting;

/// <summary>The figures of one run, printed one per line as <c>name: value</c>.</summary>
public sealed record BroadcastReport(
    BroadcastSettings Settings,
    RunOutcome Outcome,
    TimeSpan Elapsed,
    int TooManyRequests,
    int Duplicates,
    int Lost,
    IReadOnlyList<long> LatenciesMs,
    long PeakWorkingSetBytes)
{

    public double SentPerSecond => (Settings.Chats - Lost) / Elapsed.TotalSeconds;

    public bool MeetsDeliveryGuarantees => Outcome.Completed && Lost == 0 && (Settings.KillAt is not null || Duplicates == 0);

    public void Print(TextWriter output)
    {
        var ratio = Settings.Unlimited ? "n/a" : Format($"{SentPerSecond / Settings.GlobalPerSecond:P1}");
        output.WriteLine(Format($"chats: {Settings.Chats}"));
        output.WriteLine(Format($"completed: {(Outcome.Completed ? "yes" : "no (timed out)")}"));
        output.WriteLine(Format($"enqueue ms: {Outcome.Enqueue.TotalMilliseconds:0}"));
        output.WriteLine(Format($"elapsed s: {Elapsed.TotalSeconds:0.00} (enqueue committed to last message at the fake)"));
        output.WriteLine(Format($"sent/s: {SentPerSecond:0.0}"));
        output.WriteLine(Format($"ratio to bot-wide limit: {ratio}"));
        output.WriteLine(Format($"429 count: {TooManyRequests}"));
        output.WriteLine(Format($"duplicates: {Duplicates}"));
        output.WriteLine(Format($"lost: {Lost}"));
        output.WriteLine(Format($"p50 enqueue->sent ms: {Percentile(0.50)}"));
        output.WriteLine(Format($"p99 enqueue->sent ms: {Percentile(0.99)}"));
        output.WriteLine(Format($"peak working set MB: {PeakWorkingSetBytes / (1024.0 * 1024.0):0.0}"));
        if (Settings.KillAt is not null)
        {
            output.WriteLine(Format($"kills: {Outcome.Kills}"));
        }
    }

    // Nearest rank; the list is sorted by the query that read it.
    private long Percentile(double p) =>
        LatenciesMs.Count == 0 ? 0 : LatenciesMs[Math.Clamp((int)Math.Ceiling(p * LatenciesMs.Count) - 1, 0, LatenciesMs.Count - 1)];

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
