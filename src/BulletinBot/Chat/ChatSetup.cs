using BulletinBot.Chat.Conversations;
using BulletinBot.Chat.Roles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BulletinBot.Chat;

public static class ChatSetup
{
    public static IHostApplicationBuilder AddChatCore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BotIdentity>();
        builder.Services.AddSingleton<ChatStore>();
        builder.Services.AddSingleton<UserDirectory>();
        builder.Services.AddSingleton<UpdateJournal>();
        builder.Services.AddSingleton<RoleStore>();
        builder.Services.AddSingleton<ConversationStore>();
        builder.Services.AddSingleton<CommandRouter>();
        builder.Services.AddSingleton<ChatPipeline>();
        return builder;
    }
}
