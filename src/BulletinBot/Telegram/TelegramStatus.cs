using Microsoft.Extensions.Logging;

namespace BulletinBot.Telegram;

/// <summary>
/// What the bot last heard from Telegram: when it last had an answer that accepted the token, and whether the token is
/// being refused (401: revoked in @BotFather, or wrong). Every Bot API call reports here through
/// <see cref="TelegramStatusHandler"/>; a readiness check can read it.
/// </summary>
public sealed partial class TelegramStatus(TimeProvider time, ILogger<TelegramStatus> logger)
{
    private readonly Lock gate = new();
    private DateTimeOffset? lastContactAt;
    private DateTimeOffset? lastPollAt;
    private DateTimeOffset? refusedSince;

    /// <summary>The last answer from Telegram that accepted the token (any answer but a 401 or a server error).</summary>
    public DateTimeOffset? LastContactAt
    {
        get
        {
            lock (gate)
            {
                return lastContactAt;
            }
        }
    }

    /// <summary>The last getUpdates Telegram answered with updates or an empty list: polling works.</summary>
    public DateTimeOffset? LastPollAt
    {
        get
        {
            lock (gate)
            {
                return lastPollAt;
            }
        }
    }

    /// <summary>Since when every call has been refused for the token; null while it is accepted.</summary>
    public DateTimeOffset? RefusedSince
    {
        get
        {
            lock (gate)
            {
                return refusedSince;
            }
        }
    }

    public bool TokenRefused => RefusedSince is not null;

    /// <param name="method">The Bot API method called, e.g. "getUpdates".</param>
    /// <param name="askedAt">When the request left: an answer to a request older than the first refusal says nothing new.</param>
    public void RecordAnswer(string method, int statusCode, DateTimeOffset askedAt)
    {
        if (statusCode == 401)
        {
            RecordRefused();
            return;
        }

        if (statusCode >= 500)
        {
            return;
        }

        RecordAccepted(polled: statusCode < 300 && string.Equals(method, "getUpdates", StringComparison.OrdinalIgnoreCase), askedAt);
    }

    private void RecordRefused()
    {
        lock (gate)
        {
            if (refusedSince is not null)
            {
                return;
            }

            refusedSince = time.GetUtcNow();
        }

        LogRefused(logger);
    }

    private void RecordAccepted(bool polled, DateTimeOffset askedAt)
    {
        DateTimeOffset? wasRefusedSince;
        lock (gate)
        {
            if (askedAt < refusedSince)
            {
                return;
            }

            lastContactAt = time.GetUtcNow();
            lastPollAt = polled ? lastContactAt : lastPollAt;
            wasRefusedSince = refusedSince;
            refusedSince = null;
        }

        if (wasRefusedSince is { } since)
        {
            LogAcceptedAgain(logger, since);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram refused the bot token (401 Unauthorized): it was revoked in @BotFather or is wrong. " +
        "Sending and polling pause and try again with growing pauses; set BulletinBot:Telegram:Token to the bot's current token and restart")]
    private static partial void LogRefused(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram accepts the bot token again (refused since {RefusedSince:O})")]
    private static partial void LogAcceptedAgain(ILogger logger, DateTimeOffset refusedSince);
}
