using BulletinBot.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BulletinBot.Features.Help;

public static class HelpSetup
{
    public static IHostApplicationBuilder AddHelp(this IHostApplicationBuilder builder)
    {
        // /help reads the router's table, and the router is built from every command, /help included.
        builder.Services.AddSingleton(sp => new Lazy<CommandRouter>(sp.GetRequiredService<CommandRouter>));
        builder.Services.AddSingleton<IChatCommand, StartCommand>();
        builder.Services.AddSingleton<IChatCommand, HelpCommand>();
        return builder;
    }
}
