using Microsoft.Extensions.Logging;

namespace BulletinBot.Telegram;

/// <summary>
/// Webhook requests without the right secret token, answered 401: logged without their body (never read), the first at
/// once and then one line a minute with the count, so someone knocking at the door cannot fill the logs.
/// </summary>
public sealed partial class WebhookRefusals(TimeProvider time, ILogger<WebhookRefusals> logger)
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMinutes(1);
    private readonly Lock gate = new();
    private DateTimeOffset lastLogged = DateTimeOffset.MinValue;
    private int unlogged;

    public void Refused(string from)
    {
        int count;
        lock (gate)
        {
            unlogged++;
            var now = time.GetUtcNow();
            if (now - lastLogged < Quiet)
            {
                return;
            }

            count = unlogged;
            unlogged = 0;
            lastLogged = now;
        }

        LogRefused(logger, count, from);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Count} webhook request(s) without the right secret token (401; the last from {RemoteAddress}); bodies not read")]
    private static partial void LogRefused(ILogger logger, int count, string remoteAddress);
}
