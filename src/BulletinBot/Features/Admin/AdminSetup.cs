using BulletinBot.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BulletinBot.Features.Admin;

public static class AdminSetup
{
    public static IHostApplicationBuilder AddAdmin(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IChatCommand, DeliveriesCommand>();
        return builder;
    }
}
