using BulletinBot.Chat;
using BulletinBot.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BulletinBot.Delivery;

/// <summary>
/// Keeps whoever started a broadcast informed: one status message, edited in place at most every few seconds, then a
/// final report with failures by reason. Its messages go through the outbox like any other.
/// </summary>
public sealed partial class BroadcastProgressReporter(
    BroadcastReportStore reports,
    DeliveryStore outbox,
    DeliverySignal signal,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<BroadcastProgressReporter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(options.Value.ProgressInterval, time);
        do
        {
            try
            {
                foreach (var status in await reports.OpenAsync(stoppingToken))
                {
                    await ReportAsync(status, stoppingToken);
                }
            }
            catch (SqliteException ex)
            {
                // A busy or briefly unavailable database costs one progress update, not the bot.
                LogReportFailed(logger, ex);
            }
        }
        while (await ticks.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ReportAsync(BroadcastStatus status, CancellationToken ct)
    {
        if (status.StartedByChatId is not { } chatId)
        {
            if (status.IsDone)
            {
                await reports.CompleteAsync(status.Id, ct);
            }

            return;
        }

        if (status.ProgressBusy)
        {
            return;
        }

        var language = status.Language == "en" ? Language.En : Language.Vi;
        var text = status.IsDone
            ? BroadcastProgressText.Finished(status, await reports.FailuresAsync(status.Id, DateTimeOffset.MinValue, ct), language)
            : BroadcastProgressText.Running(status, language, Remaining(status));
        var edit = status.ProgressMessageId is { } messageId ? (int)messageId : (int?)null;
        await reports.QueueProgressAsync(status.Id, new OutgoingMessage(chatId, text, [], edit), outbox, ct);
        signal.Wake();
        if (status.IsDone)
        {
            await reports.CompleteAsync(status.Id, ct);
        }
    }

    private TimeSpan? Remaining(BroadcastStatus status)
    {
        var elapsed = time.GetUtcNow() - UnixTime.From(status.CreatedAt);
        if (status.Settled == 0 || elapsed <= TimeSpan.Zero)
        {
            return null;
        }

        return elapsed * ((double)(status.Total - status.Settled) / status.Settled);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update broadcast progress this time")]
    private static partial void LogReportFailed(ILogger logger, Exception ex);
}
