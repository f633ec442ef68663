using System.Data;

namespace BulletinBot.Delivery;

/// <summary>A transaction opened by <see cref="Outbox.TransactionAsync{T}"/>: features run their own SQL on it and queue messages.</summary>
public sealed class OutboxTransaction(IDbConnection connection, IDbTransaction transaction, DeliveryStore store)
{
    public IDbConnection Connection { get; } = connection;

    public IDbTransaction Transaction { get; } = transaction;

    internal bool Queued { get; private set; }

    public async Task ReplyAsync(OutgoingMessage message, CancellationToken ct)
    {
        await store.EnqueueReplyAsync(Connection, Transaction, message, ct);
        Queued = true;
    }

    public async Task<long?> BroadcastAsync(Broadcast broadcast, IEnumerable<long> chatIds, CancellationToken ct)
    {
        var id = await store.EnqueueBroadcastAsync(Connection, Transaction, broadcast, chatIds, ct);
        Queued |= id is not null;
        return id;
    }

    /// <summary>Queues many one-chat broadcasts, each under its own key; returns the keys queued now (the others were queued before).</summary>
    public async Task<IReadOnlySet<string>> BroadcastEachAsync(IReadOnlyCollection<OneChatBroadcast> broadcasts, CancellationToken ct)
    {
        var queued = await store.EnqueueOneChatBroadcastsAsync(Connection, Transaction, broadcasts, ct);
        Queued |= queued.Count > 0;
        return queued;
    }
}
