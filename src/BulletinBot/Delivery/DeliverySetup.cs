using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BulletinBot.Delivery;

public static class DeliverySetup
{
    public static IHostApplicationBuilder AddDelivery(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.FirstRetryDelay <= o.MaxRetryDelay,
                "BulletinBot:Delivery:FirstRetryDelay must not be longer than BulletinBot:Delivery:MaxRetryDelay, e.g. 00:00:02 and 00:10:00")
            .ValidateOnStart();
        builder.Services.AddSingleton<DeliveryStore>();
        builder.Services.AddSingleton<Outbox>();
        builder.Services.AddSingleton<DeliveryPacer>();
        builder.Services.AddSingleton<SendingGate>();
        builder.Services.AddSingleton<DeliverySignal>();
        builder.Services.AddSingleton<DeliveryIncidents>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DeliveryIncidents>());
        builder.Services.AddSingleton<FailedSendPolicy>();
        builder.Services.AddSingleton<RowSender>();
        builder.Services.AddSingleton<BroadcastReportStore>();
        builder.Services.AddHostedService<DeliveryWorker>();
        builder.Services.AddHostedService<BroadcastProgressReporter>();
        builder.Services.AddHostedService<OutboxDepth>();
        return builder;
    }
}
