using BulletinBot.Chat;
using BulletinBot.Chat.Local;
using BulletinBot.Data;
using BulletinBot.Delivery;
using BulletinBot.Features.Admin;
using BulletinBot.Features.EventQueries;
using BulletinBot.Features.Digest;
using BulletinBot.Features.Events;
using BulletinBot.Features.Help;
using BulletinBot.Features.Reminders;
using BulletinBot.Features.Roles;
using BulletinBot.Features.Settings;
using BulletinBot.Features.Subscriptions;
using BulletinBot.Http;
using BulletinBot.Links;
using BulletinBot.Scheduling;
using BulletinBot.Telegram;
using BulletinBot.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BulletinBot;

/// <summary>The composition of the bot, one line per room; Program and the end-to-end tests both build it here.</summary>
public static class BotHost
{
    public static HostApplicationBuilder CreateBuilder(string[] args, BotMode mode)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddBotOptions();
        builder.AddData();
        if (mode == BotMode.Migrate)
        {
            return builder;
        }

        builder.AddScheduling();
        builder.AddTelemetry();
        builder.AddChatCore();
        builder.AddDelivery();
        if (mode == BotMode.Local)
        {
            // The terminal try-out serves no HTTP: nothing would probe it, and a port taken by a real bot on the same
            // machine must not stop it.
            builder.AddLocalChat();
        }
        else
        {
            builder.AddHttp();
            builder.AddTelegram();
        }

        builder.AddHelp();
        builder.AddSubscriptions();
        builder.AddSettings();
        builder.AddAdmin();
        builder.AddRoles();
        builder.AddLinks();
        builder.AddReminders();
        builder.AddEvents();
        builder.AddEventQueries();
        builder.AddDigest();
        return builder;
    }

    private static HostApplicationBuilder AddBotOptions(this HostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.HasKnownTimeZone(), "BulletinBot:TimeZone is not a time zone this machine knows; use an IANA name such as Asia/Ho_Chi_Minh")
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<BotOptions>, AdminListRules>();
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<BotOptions>>((host, bot) => host.ShutdownTimeout = bot.Value.ShutdownTimeout);
        return builder;
    }
}
