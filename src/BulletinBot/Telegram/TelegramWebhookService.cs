using BulletinBot.Chat;
using BulletinBot.Delivery;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace BulletinBot.Telegram;

/// <summary>
/// In webhook mode (BulletinBot:Telegram:WebhookUrl set): learns the bot's name, publishes its command menu and
/// registers the webhook with its secret token, trying again after growing pauses until Telegram accepts. Pending
/// updates are kept (drop_pending_updates false), so whatever arrived while the bot was down is delivered now.
/// </summary>
public sealed partial class TelegramWebhookService(
    ITelegramBotClient bot,
    CommandMenuPublisher menu,
    BotIdentity identity,
    WebhookSecretToken secret,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramWebhookService> logger) : BackgroundService
{
    private readonly RetryPolicy backoff = new(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(1), int.MaxValue);

    /// <summary>Whether Telegram accepted the webhook in this run; a readiness check reads it.</summary>
    public bool Registered { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.UsesWebhook || options.Value.WebhookUrl is not { } url)
        {
            return;
        }

        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var me = await bot.GetMe(stoppingToken);
                identity.Learn(me.Username);
                await menu.PublishAsync(stoppingToken);
                await bot.SetWebhook(
                    url,
                    allowedUpdates: HandledUpdates.Kinds,
                    dropPendingUpdates: false,
                    secretToken: await secret.GetAsync(stoppingToken),
                    cancellationToken: stoppingToken);
                Registered = true;
                LogRegistered(logger, me.Username ?? "", url, options.Value.ServedWebhookPath);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Like the poller's catch-all: whatever Telegram or the network answered, log it and try again later.
                var pause = backoff.DelayAfter(attempt, Random.Shared.NextDouble());
                LogFailed(logger, ex, attempt, pause.TotalSeconds);
                await Task.Delay(pause, time, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook registered for @{Username} at {WebhookUrl}; serving it on {WebhookPath}")]
    private static partial void LogRegistered(ILogger logger, string username, string webhookUrl, string webhookPath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registering the webhook with Telegram failed (attempt {Attempt}); trying again in {Seconds:0.0} s")]
    private static partial void LogFailed(ILogger logger, Exception ex, int attempt, double seconds);
}
