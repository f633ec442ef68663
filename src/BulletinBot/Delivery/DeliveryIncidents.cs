using BulletinBot.Chat;
using Microsoft.Extensions.Options;

namespace BulletinBot.Delivery;

/// <summary>
/// Tells the admins, once per broadcast, that Telegram refused a message of ours — that is a bug in BulletinBot,
/// not something a retry can fix.
/// </summary>
public sealed class DeliveryIncidents(DeliveryStore store, DeliverySignal signal, IOptions<BotOptions> options)
{
    public const string Kind = "incident";

    public async Task ReportRejectedAsync(DeliveryRow row, string reason, CancellationToken ct)
    {
        if (row.BroadcastKind == Kind || options.Value.Admins.Length == 0)
        {
            return;
        }

        var subject = row.BroadcastId is { } broadcastId ? $"broadcast {broadcastId}" : $"delivery {row.Id}";
        var text = Html.Format($"""
            ⚠️ <b>Telegram từ chối một tin nhắn của BulletinBot</b> / Telegram rejected a BulletinBot message
            {subject}, chat {row.ChatId}: {reason}
            """);
        var key = $"{Kind}:rejected:{subject}";
        await store.EnqueueBroadcastAsync(new Broadcast(key, Kind, text), options.Value.Admins, ct);
        signal.Wake();
    }
}
