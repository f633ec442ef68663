using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace BulletinBot.Telegram;

/// <summary>In webhook mode, ready once Telegram accepted the webhook; a polling bot has none to wait for.</summary>
public sealed class WebhookRegisteredCheck(IOptions<TelegramOptions> options, TelegramWebhookService webhook) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(!options.Value.UsesWebhook
            ? HealthCheckResult.Healthy("long polling")
            : webhook.Registered
                ? HealthCheckResult.Healthy("registered with Telegram")
                : HealthCheckResult.Unhealthy("not yet registered with Telegram"));
}
