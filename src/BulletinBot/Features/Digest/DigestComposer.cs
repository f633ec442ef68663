using BulletinBot.Chat;
using BulletinBot.Features.Events;
using BulletinBot.Features.Subscriptions;
using Microsoft.Extensions.Options;

namespace BulletinBot.Features.Digest;

/// <summary>Who gets what in a week's digest: each event matched against subscribers' filters once, then gathered per chat.</summary>
public sealed class DigestComposer(EventSchedule schedule, SubscriptionStore subscriptions, IOptions<BotOptions> bot)
{
    public const int DaysAhead = 14;

    public const int DaysBack = 7;

    public TimeZoneInfo Zone => bot.Value.Zone();

    /// <summary>The digest of every chat that has something to read at <paramref name="at"/>; chats with nothing are absent.</summary>
    public async Task<IReadOnlyDictionary<long, ChatDigest>> ForSubscribersAsync(DateTimeOffset at, CancellationToken ct)
    {
        var (upcoming, recent) = await EventsAsync(at, ct);
        var upcomingByChat = await ByChatAsync(upcoming, ct);
        var recentByChat = await ByChatAsync(recent, ct);
        return upcomingByChat.Keys.Union(recentByChat.Keys).ToDictionary(
            chat => chat,
            chat => new ChatDigest(upcomingByChat.GetValueOrDefault(chat) ?? [], recentByChat.GetValueOrDefault(chat) ?? []));
    }

    /// <summary>Everything of the week, as a chat subscribed to every notice reads it.</summary>
    public async Task<ChatDigest> EverythingAsync(DateTimeOffset at, CancellationToken ct)
    {
        var (upcoming, recent) = await EventsAsync(at, ct);
        return new ChatDigest(upcoming, recent);
    }

    private async Task<(IReadOnlyList<EventRecord> Upcoming, IReadOnlyList<EventRecord> Recent)> EventsAsync(DateTimeOffset at, CancellationToken ct)
    {
        var today = ZonedTime.Today(at, Zone);
        var upcoming = await schedule.BetweenAsync(today, today.AddDays(DaysAhead - 1), ct);
        var recent = await schedule.PublishedSinceAsync(at - TimeSpan.FromDays(DaysBack), ct);
        return (upcoming, recent);
    }

    private async Task<Dictionary<long, List<EventRecord>>> ByChatAsync(IReadOnlyList<EventRecord> events, CancellationToken ct)
    {
        var byChat = new Dictionary<long, List<EventRecord>>();
        foreach (var e in events)
        {
            var fields = e.Fields;
            foreach (var chat in await subscriptions.MatchingAsync(EventAudience.For(fields.CurrentProvince, fields.Region, fields.TopicText), ct))
            {
                if (!byChat.TryGetValue(chat, out var list))
                {
                    byChat[chat] = list = [];
                }

                list.Add(e);
            }
        }

        return byChat;
    }
}
