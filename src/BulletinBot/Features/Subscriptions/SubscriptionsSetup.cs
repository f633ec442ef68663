using BulletinBot.Articles;
using BulletinBot.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace BulletinBot.Features.Subscriptions;

public static class SubscriptionsSetup
{
    public static IHostApplicationBuilder AddSubscriptions(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<ProvinceDirectory>();
        builder.Services.AddSingleton<SubscriptionStore>();
        builder.Services.AddSingleton<FilterReader>();
        builder.Services.AddSingleton<IChatCommand, SubscribeCommand>();
        builder.Services.AddSingleton<IChatCommand, UnsubscribeCommand>();
        builder.Services.AddSingleton<IButtonAction, SubscribeButton>();
        return builder;
    }
}
