using BulletinBot.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BulletinBot.Features.Subscriptions;

public static class SubscriptionsSetup
{
    public static IHostApplicationBuilder AddSubscriptions(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SubscriptionStore>();
        builder.Services.AddSingleton<IChatCommand, SubscribeCommand>();
        builder.Services.AddSingleton<IChatCommand, UnsubscribeCommand>();
        return builder;
    }
}
