using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BulletinBot.Chat;

public static class ChatSetup
{
    public static IHostApplicationBuilder AddChatCore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BotIdentity>();
        builder.Services.AddSingleton<ChatStore>();
        builder.Services.AddSingleton<UpdateJournal>();
        builder.Services.AddSingleton<RoleResolver>();
        builder.Services.AddSingleton<CommandRouter>();
        builder.Services.AddSingleton<ChatPipeline>();
        return builder;
    }
}
