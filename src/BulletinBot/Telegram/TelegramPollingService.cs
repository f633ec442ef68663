using BulletinBot.Chat;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Polling;

namespace BulletinBot.Telegram;

/// <summary>
/// Long-polls Telegram for updates. It resumes from the update after the last one handled, so a restart neither
/// loses nor repeats one.
/// </summary>
public sealed partial class TelegramPollingService(
    ITelegramBotClient bot,
    TelegramUpdateHandler handler,
    CommandMenuPublisher menu,
    UpdateJournal journal,
    BotIdentity identity,
    PollingFailures failures,
    IOptions<TelegramOptions> options,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.UsesWebhook)
        {
            // Telegram posts the updates to the webhook (TelegramWebhookService); getUpdates would be refused anyway.
            return;
        }

        // Set once per run; a restart of the receiver after an error only resumes polling.
        string? username = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (username is null)
                {
                    await bot.DeleteWebhook(cancellationToken: stoppingToken);
                    var me = await bot.GetMe(stoppingToken);
                    identity.Learn(me.Username);
                    await menu.PublishAsync(stoppingToken);
                    username = me.Username ?? "";
                }

                var last = await journal.LastHandledAsync(stoppingToken);
                LogStarted(logger, username, last ?? 0);
                var receiving = new ReceiverOptions
                {
                    Offset = last is { } id ? (int)id + 1 : null,
                    AllowedUpdates = HandledUpdates.Kinds,
                };
                await bot.ReceiveAsync(handler, receiving, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // One of the two catch-alls: whatever broke the receive loop (or the setup before it), log it and
                // start again after a pause that grows while the failures go on.
                await failures.PauseAfterAsync(ex, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening to Telegram as @{Username}, after update {LastUpdateId}")]
    private static partial void LogStarted(ILogger logger, string username, long lastUpdateId);
}
