using BulletinBot.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BulletinBot.Http;

public static class HttpSetup
{
    /// <summary>
    /// Kestrel on BulletinBot:Http:Urls with /healthz, /readyz and /metrics; other rooms add routes
    /// (<see cref="IWebEndpoints"/>) and readiness checks (<see cref="HealthTags.Ready"/>). Added before the rooms that
    /// talk to Telegram, so the listener is up before a webhook is registered and goes down after.
    /// </summary>
    public static IHostApplicationBuilder AddHttp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HttpOptions>, HttpRules>();
        builder.Services.AddSingleton<IValidateOptions<HttpOptions>>(sp =>
            new SettingNamesRule<HttpOptions>(sp.GetRequiredService<IConfiguration>(), HttpOptions.Section));

        builder.Services.AddHealthChecks()
            .AddCheck("process", () => HealthCheckResult.Healthy("running"), tags: [HealthTags.Live])
            .AddCheck<DatabaseWritableCheck>("database", tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(5));
        builder.Services.AddSingleton<IWebEndpoints, HealthEndpoints>();
        builder.Services.AddSingleton<BotWebServer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BotWebServer>());

        // A probe every few seconds is no news; Kestrel's warnings and errors are.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        return builder;
    }
}
