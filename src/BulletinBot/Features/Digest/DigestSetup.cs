using BulletinBot.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BulletinBot.Features.Digest;

public static class DigestSetup
{
    public static IHostApplicationBuilder AddDigest(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.HasValidCron(), "BulletinBot:Digest:Cron is not a Quartz cron expression; e.g. \"0 0 8 ? * MON\" is Monday 08:00")
            .ValidateOnStart();
        builder.Services.AddSingleton<DigestStore>();
        builder.Services.AddSingleton<DigestComposer>();
        builder.Services.AddSingleton<DigestTimes>();
        builder.Services.AddSingleton<DigestSender>();
        builder.Services.AddSingleton<DigestScheduler>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DigestScheduler>());
        builder.Services.AddSingleton<IChatCommand, DigestCommand>();
        builder.Services.AddSingleton<IButtonAction, DigestProgressButton>();
        return builder;
    }
}
