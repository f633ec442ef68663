using System.Globalization;
using BulletinBot.Chat;
using BulletinBot.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BulletinBot.Delivery;

/// <summary>
/// Tells the admins that Telegram refused a message of ours — a bug in BulletinBot, not something a retry can fix —
/// at most once per kind of refusal an hour: the first at once, the rest counted and reported when the hour is up.
/// </summary>
public sealed partial class DeliveryIncidents(
    DeliveryStore store,
    DeliverySignal signal,
    IOptions<BotOptions> options,
    TimeProvider time,
    ILogger<DeliveryIncidents> logger) : BackgroundService
{
    public const string Kind = "incident";

    private static readonly TimeSpan Quiet = TimeSpan.FromHours(1);
    private static readonly TimeSpan FlushEvery = TimeSpan.FromMinutes(1);

    private readonly Lock gate = new();
    private readonly Dictionary<string, Tally> tallies = new(StringComparer.Ordinal);

    public async Task ReportRejectedAsync(DeliveryRow row, string reason, CancellationToken ct)
    {
        if (row.BroadcastKind == Kind || options.Value.Admins.Length == 0)
        {
            return;
        }

        var kind = KindOf(reason);
        var now = time.GetUtcNow();
        int count;
        lock (gate)
        {
            if (tallies.TryGetValue(kind, out var tally) && now < tally.QuietUntil)
            {
                tally.Unreported++;
                return;
            }

            count = (tally?.Unreported ?? 0) + 1;
            tallies[kind] = new Tally(now + Quiet);
        }

        var subject = row.BroadcastId is { } broadcastId ? $"broadcast {broadcastId}" : $"delivery {row.Id}";
        await AlertAsync(kind, count, $"{subject}, chat {row.ChatId}: {reason}", now, ct);
    }

    /// <summary>Reports the refusals counted during each kind's quiet hour once that hour is over.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        List<(string Kind, int Count)> due = [];
        lock (gate)
        {
            foreach (var (kind, tally) in tallies.Where(t => now >= t.Value.QuietUntil).ToList())
            {
                if (tally.Unreported > 0)
                {
                    due.Add((kind, tally.Unreported));
                    tallies[kind] = new Tally(now + Quiet);
                }
                else
                {
                    tallies.Remove(kind);
                }
            }
        }

        foreach (var (kind, count) in due)
        {
            await AlertAsync(kind, count, detail: null, now, ct);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(FlushEvery, time);
        while (await ticks.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await FlushAsync(stoppingToken);
            }
            catch (SqliteException ex)
            {
                LogFlushFailed(logger, ex);
            }
        }
    }

    /// <summary>"Bad Request: can't parse entities: Unsupported start tag at byte offset 12" is of kind "Bad Request: can't parse entities".</summary>
    public static string KindOf(string reason)
    {
        var first = reason.IndexOf(':', StringComparison.Ordinal);
        var second = first < 0 ? -1 : reason.IndexOf(':', first + 1);
        return (second < 0 ? reason : reason[..second]).Trim();
    }

    private async Task AlertAsync(string kind, int count, string? detail, DateTimeOffset now, CancellationToken ct)
    {
        var times = count.ToString(CultureInfo.InvariantCulture);
        var text = Html.Format($"""
            ⚠️ <b>Telegram từ chối tin nhắn của BulletinBot</b> / Telegram rejected BulletinBot messages
            {kind}: {times} lần / times{(detail is null ? " trong giờ qua / in the last hour" : "")}
            """);
        if (detail is not null)
        {
            text += Html.Format($"\n{detail}");
        }

        text += Html.Trusted("\n/deliveries");
        var key = $"{Kind}:{kind}:{UnixTime.Ms(now)}";
        await store.EnqueueBroadcastAsync(new Broadcast(key, Kind, text), options.Value.Admins, ct);
        signal.Wake();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not report delivery incidents this time")]
    private static partial void LogFlushFailed(ILogger logger, Exception ex);

    private sealed class Tally(DateTimeOffset quietUntil)
    {
        public DateTimeOffset QuietUntil { get; } = quietUntil;

        public int Unreported { get; set; }
    }
}
