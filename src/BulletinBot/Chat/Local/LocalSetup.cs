using BulletinBot.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BulletinBot.Chat.Local;

public static class LocalSetup
{
    /// <summary>The terminal instead of Telegram; the person typing is made an admin, as DESIGN.md promises.</summary>
    public static IHostApplicationBuilder AddLocalChat(this IHostApplicationBuilder builder)
    {
        builder.Services.PostConfigure<BotOptions>(o => o.Admins = [.. o.Admins, LocalChat.UserId]);

        // Telegram's limits mean nothing to a terminal, and pacing would only make the console feel slow.
        builder.Services.PostConfigure<DeliveryOptions>(o => o.Unlimited = true);
        builder.Services.AddSingleton(new LocalScreen(Console.Out));
        builder.Services.AddSingleton(Console.In);
        builder.Services.AddSingleton<IMessageGateway, ConsoleMessageGateway>();
        builder.Services.AddSingleton<IGroupAdmins, LocalGroupAdmins>();
        builder.Services.AddSingleton<IFileDownloads, LocalFileDownloads>();
        builder.Services.AddHostedService<ConsoleChatService>();

        // The terminal is the chat window; logs go to stderr, and only when something is wrong.
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        return builder;
    }
}
