using BulletinBot.Chat;
using BulletinBot.Delivery;
using BulletinBot.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace BulletinBot.Telegram;

public static class TelegramSetup
{
    public const string MissingTokenMessage =
        "BulletinBot:Telegram:Token is not set. Get a token from @BotFather and set BulletinBot__Telegram__Token " +
        "(or BulletinBot:Telegram:Token in appsettings.json), or run `dotnet run --project src/BulletinBot -- --local` to try the bot in this terminal.";

    // The Bot API's own HttpClient, disposed with the host; no other room shares it.
    private const string HttpClientKey = "telegram";

    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => !string.IsNullOrWhiteSpace(o.Token), MissingTokenMessage)
            .Validate(o => string.IsNullOrWhiteSpace(o.Token) || o.HasWellFormedToken(),
                "BulletinBot:Telegram:Token must look like 123456789:AAE... (the bot id, a colon, then the secret of letters, digits, _ and -; no spaces)")
            .Validate(o => o.HasUsableApiBaseUrl(),
                "BulletinBot:Telegram:ApiBaseUrl must be an absolute http or https URL, e.g. https://api.telegram.org")
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TelegramOptions>, WebhookRules>();
        builder.Services.AddSingleton<IValidateOptions<TelegramOptions>>(sp =>
            new SettingNamesRule<TelegramOptions>(sp.GetRequiredService<IConfiguration>(), TelegramOptions.Section));
        builder.Services.AddSingleton<TokenRedactor>();
        RedactLogs(builder.Services);
        builder.Services.AddSingleton<TelegramStatus>();
        builder.Services.AddKeyedSingleton(HttpClientKey, (sp, _) => new HttpClient(new TelegramStatusHandler(sp.GetRequiredService<TelegramStatus>(), sp.GetRequiredService<TimeProvider>())
        {
            // As the client's own default: connections are renewed so a DNS change reaches the bot.
            InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(3) },
        }));
        builder.Services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var client = new TelegramBotClient(
                new TelegramBotClientOptions(options.Token ?? "", options.ApiBaseUrl)
                {
                    // The delivery engine paces and retries 429s itself, across chats; the client's own retry would hide them.
                    RetryThreshold = 0,
                },
                sp.GetRequiredKeyedService<HttpClient>(HttpClientKey));
            return client;
        });
        builder.Services.AddSingleton<IMessageGateway, TelegramMessageGateway>();
        builder.Services.AddSingleton<IGroupAdmins, TelegramGroupAdmins>();
        builder.Services.AddSingleton<IFileDownloads, TelegramFileDownloads>();
        builder.Services.AddSingleton<TelegramUpdateHandler>();
        builder.Services.AddSingleton<PollingFailures>();
        builder.Services.AddSingleton<CommandMenuPublisher>();
        builder.Services.AddHostedService<TelegramPollingService>();

        // Webhook mode: the same handler, fed by Telegram's posts instead of getUpdates (each service checks the mode).
        builder.Services.AddSingleton<WebhookSecretToken>();
        builder.Services.AddSingleton<WebhookRefusals>();
        builder.Services.AddSingleton<TelegramWebhookService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TelegramWebhookService>());
        builder.Services.AddSingleton<IWebEndpoints, TelegramWebhookEndpoint>();

        builder.Services.AddSingleton<TelegramReachableCheck>();
        builder.Services.AddSingleton<WebhookRegisteredCheck>();
        builder.Services.AddHealthChecks()
            .AddCheck<TelegramReachableCheck>("telegram", tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(10))
            .AddCheck<WebhookRegisteredCheck>("webhook", tags: [HealthTags.Ready]);
        return builder;
    }

    // Replaces the host's logger factory with one that redacts the token, so no provider (console, JSON, a collector)
    // ever receives it, whatever a proxy echoes into an error.
    private static void RedactLogs(IServiceCollection services)
    {
        services.RemoveAll<ILoggerFactory>();
        services.AddSingleton<ILoggerFactory>(sp => new RedactingLoggerFactory(
            new LoggerFactory(
                sp.GetServices<ILoggerProvider>(),
                sp.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
                sp.GetService<IOptions<LoggerFactoryOptions>>(),
                sp.GetService<IExternalScopeProvider>()),
            sp.GetRequiredService<TokenRedactor>()));
    }
}
