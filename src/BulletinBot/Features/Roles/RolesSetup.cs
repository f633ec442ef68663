using BulletinBot.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BulletinBot.Features.Roles;

public static class RolesSetup
{
    public static IHostApplicationBuilder AddRoles(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<UserTarget>();
        builder.Services.AddSingleton<IChatCommand, WhoAmICommand>();
        builder.Services.AddSingleton<IChatCommand, GrantCommand>();
        builder.Services.AddSingleton<IChatCommand, RevokeCommand>();
        builder.Services.AddSingleton<IChatCommand, RolesCommand>();
        return builder;
    }
}
