using System.Diagnostics.Metrics;
using BulletinBot.Data;
using BulletinBot.Telemetry;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace BulletinBot.Delivery;

/// <summary>
/// <c>bulletinbot.outbox.depth</c>: the outbox rows not yet settled, by state (pending, retry, sending), read when
/// /metrics is scraped. Each count walks a partial index of unsettled rows only, however many sent rows the table keeps.
/// A hosted service only so that it is made, and its gauge published, when the host starts.
/// </summary>
public sealed class OutboxDepth : IHostedService
{
    // Each WHERE repeats its partial index's condition word for word, so SQLite may use the index (0003, 0010).
    private const string CountSql = """
        SELECT (SELECT count(*) FROM deliveries WHERE state IN ('pending', 'retry') AND state = 'pending') AS Pending,
               (SELECT count(*) FROM deliveries WHERE state IN ('pending', 'retry') AND state = 'retry') AS Retry,
               (SELECT count(*) FROM deliveries WHERE state = 'sending') AS Sending
        """;

    private readonly string connectionString;

    public OutboxDepth(SqliteConnectionFactory connections, BotMetrics metrics)
    {
        // A scrape must not hang on another program's lock: it waits a second, then reports nothing this time.
        connectionString = new SqliteConnectionStringBuilder(connections.ConnectionString) { DefaultTimeout = 1 }.ToString();
        metrics.Meter.CreateObservableGauge("bulletinbot.outbox.depth", Observe, "{message}", "Outbox messages not yet settled, by delivery.state");
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private IEnumerable<Measurement<long>> Observe()
    {
        Counts counts;
        try
        {
            using var db = new SqliteConnection(connectionString);
            db.Open();
            counts = db.QuerySingle<Counts>(CountSql);
        }
        catch (SqliteException)
        {
            return [];
        }

        return
        [
            new(counts.Pending, new KeyValuePair<string, object?>("delivery.state", DeliveryState.Pending)),
            new(counts.Retry, new KeyValuePair<string, object?>("delivery.state", DeliveryState.Retry)),
            new(counts.Sending, new KeyValuePair<string, object?>("delivery.state", DeliveryState.Sending)),
        ];
    }

    private sealed record Counts(long Pending, long Retry, long Sending);
}
