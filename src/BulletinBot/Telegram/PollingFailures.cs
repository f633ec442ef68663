using BulletinBot.Delivery;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;

namespace BulletinBot.Telegram;

/// <summary>
/// Paces a failing poll: the pause grows (2, 4, 8 … 60 s, half of it random so restarts do not march in step) until a
/// getUpdates succeeds again; the first failure of a run is logged with its exception, each later one as a single line.
/// A refused token is told once by <see cref="TelegramStatus"/>, so its failures are not logged here again.
/// </summary>
public sealed partial class PollingFailures(TelegramStatus status, TimeProvider time, ILogger<PollingFailures> logger)
{
    private readonly RetryPolicy backoff = new(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(1), int.MaxValue);
    private readonly Lock gate = new();
    private int failures;
    private DateTimeOffset? pollAtLastFailure;

    public async Task PauseAfterAsync(Exception ex, CancellationToken ct)
    {
        int attempt;
        lock (gate)
        {
            if (status.LastPollAt != pollAtLastFailure)
            {
                failures = 0;
                pollAtLastFailure = status.LastPollAt;
            }

            attempt = ++failures;
        }

        var pause = ex is ApiRequestException { ErrorCode: 429, Parameters.RetryAfter: { } seconds }
            ? TimeSpan.FromSeconds(seconds)
            : backoff.DelayAfter(attempt, Random.Shared.NextDouble());
        if (ex is ApiRequestException { ErrorCode: 401 })
        {
            LogRefused(logger, attempt, pause.TotalSeconds);
        }
        else if (attempt == 1)
        {
            LogFirst(logger, ex, pause.TotalSeconds);
        }
        else
        {
            LogAgain(logger, attempt, Describe(ex), pause.TotalSeconds);
        }

        await Task.Delay(pause, time, ct);
    }

    private static string Describe(Exception ex) => (ex is ApiRequestException api ? $"{api.ErrorCode} {api.Message}" : $"{ex.GetType().Name}: {ex.Message}").ReplaceLineEndings(" ");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling Telegram failed; trying again in {Seconds:0.0} s")]
    private static partial void LogFirst(ILogger logger, Exception ex, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling Telegram failed again (attempt {Attempt}): {Reason}; trying again in {Seconds:0.0} s")]
    private static partial void LogAgain(ILogger logger, int attempt, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Polling refused for the token (attempt {Attempt}); trying again in {Seconds:0.0} s")]
    private static partial void LogRefused(ILogger logger, int attempt, double seconds);
}
