using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace BulletinBot.Telemetry;

public static class TelemetrySetup
{
    /// <summary>
    /// The bot's meter, gathered by OpenTelemetry for the Prometheus exporter behind /metrics, and the console log's
    /// format (BulletinBot:Logging:Format, text or json).
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BotMetrics>();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("bulletinbot"))
            .WithMetrics(metrics => metrics.AddMeter(BotMetrics.MeterName).AddPrometheusExporter());

        builder.Services.AddOptions<LogOptions>().BindConfiguration(LogOptions.Section)
            .Validate(o => o.HasKnownFormat(), $"{LogOptions.Section}:Format must be {LogOptions.Text} or {LogOptions.Json}")
            .ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<LogOptions>>(sp =>
            new SettingNamesRule<LogOptions>(sp.GetRequiredService<IConfiguration>(), LogOptions.Section));

        // Read as written rather than through the validated options: the console provider is made while the host is
        // built, and a bad value must reach the operator as the validator's one line, not as a failure in there.
        builder.Services.AddOptions<ConsoleLoggerOptions>().Configure<IConfiguration>((console, configuration) =>
        {
            if (string.Equals(configuration[LogOptions.Section + ":Format"], LogOptions.Json, StringComparison.OrdinalIgnoreCase))
            {
                console.FormatterName = ConsoleFormatterNames.Json;
            }
        });
        builder.Services.Configure<JsonConsoleFormatterOptions>(json =>
        {
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        });
        return builder;
    }
}
