using BulletinBot.Chat;
using BulletinBot.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace BulletinBot.Tests.Infrastructure;

/// <summary>Starts a broadcast inside the running bot, as a feature (event notice, digest) would.</summary>
public static class BotBroadcasts
{
    public static Task<long?> BroadcastAsync(this BotUnderTest bot, string key, string text, params long[] chatIds) =>
        bot.BroadcastAsync(key, text, startedBy: null, chatIds);

    public static Task<long?> BroadcastAsync(this BotUnderTest bot, string key, string text, long? startedBy, params long[] chatIds) =>
        bot.Services.GetRequiredService<Outbox>().BroadcastAsync(new Broadcast(key, "test", Html.Escape(text), startedBy), chatIds, CancellationToken.None);
}
