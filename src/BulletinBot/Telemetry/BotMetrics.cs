using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BulletinBot.Telemetry;

/// <summary>
/// The bot's instruments, on one <see cref="Meter"/> named "BulletinBot", named by OpenTelemetry's conventions
/// (dotted lower-case names, UCUM units, durations in seconds); /metrics shows them in Prometheus form, e.g.
/// <c>bulletinbot.messages.sent</c> as <c>bulletinbot_messages_sent_total</c>. README "Deploying" lists them all.
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "BulletinBot";

    // Handling an update is milliseconds of SQLite work; reading an article is tens of milliseconds.
    // A trigger fires within milliseconds when all is well; a misfire caught up at start is minutes or hours late.
    private static readonly double[] LatenessSeconds = [0.01, 0.05, 0.1, 0.5, 1, 5, 30, 60, 300, 3600, 21600];

    private static readonly double[] QuickSeconds = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter<long> updatesHandled;
    private readonly Counter<long> updatesSkipped;
    private readonly Histogram<double> updateDuration;
    private readonly Counter<long> messagesSent;
    private readonly Counter<long> messagesFailed;
    private readonly Counter<long> messagesThrottled;
    private readonly Histogram<double> extractionDuration;
    private readonly Histogram<double> schedulerLateness;

    public BotMetrics(IMeterFactory meters)
    {
        Meter = meters.Create(MeterName);
        updatesHandled = Meter.CreateCounter<long>("bulletinbot.updates.handled", "{update}", "Telegram updates handled, by update type");
        updatesSkipped = Meter.CreateCounter<long>("bulletinbot.updates.skipped", "{update}", "Updates Telegram delivered again after they were handled, recognised and skipped");
        updateDuration = Meter.CreateHistogram("bulletinbot.update.duration", "s", "Time to handle one update, from receipt to its answer committed to the outbox",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = QuickSeconds });
        messagesSent = Meter.CreateCounter<long>("bulletinbot.messages.sent", "{message}",
            "Messages Telegram accepted, by delivery kind (reply or broadcast); the broadcast rate is the broadcast throughput");
        messagesFailed = Meter.CreateCounter<long>("bulletinbot.messages.failed", "{message}",
            "Sends Telegram did not accept, by error.type (chat_gone, rejected, transient, unauthorized, chat_moved, cannot_edit); transient ones are retried");
        messagesThrottled = Meter.CreateCounter<long>("bulletinbot.messages.throttled", "{response}", "429 Too Many Requests answers from Telegram");
        extractionDuration = Meter.CreateHistogram("bulletinbot.article.extraction.duration", "s", "Time to extract an event from a pasted or linked article",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = QuickSeconds });
        schedulerLateness = Meter.CreateHistogram("bulletinbot.scheduler.lateness", "s",
            "How long after its trigger's time a scheduled job (reminder, digest) started, by job group",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatenessSeconds });
    }

    /// <summary>For rooms that observe something themselves (the outbox depth) or add instruments on merge.</summary>
    public Meter Meter { get; }

    public void UpdateHandled(string updateType, TimeSpan took)
    {
        var type = new KeyValuePair<string, object?>("update.type", updateType);
        updatesHandled.Add(1, type);
        updateDuration.Record(took.TotalSeconds, type);
    }

    public void UpdateSkipped() => updatesSkipped.Add(1);

    public void MessageSent(bool broadcast) => messagesSent.Add(1, new KeyValuePair<string, object?>("delivery.kind", broadcast ? "broadcast" : "reply"));

    public void MessageFailed(string errorType) => messagesFailed.Add(1, new KeyValuePair<string, object?>("error.type", errorType));

    public void MessageThrottled() => messagesThrottled.Add(1);

    public void ArticleExtracted(TimeSpan took) => extractionDuration.Record(took.TotalSeconds);

    public void JobStarted(string jobGroup, TimeSpan late) =>
        schedulerLateness.Record(Math.Max(0, late.TotalSeconds), new KeyValuePair<string, object?>("job.group", jobGroup));

    /// <summary>Times a piece of work with the monotonic clock.</summary>
    public static long Start() => Stopwatch.GetTimestamp();

    public static TimeSpan Since(long started) => Stopwatch.GetElapsedTime(started);
}
