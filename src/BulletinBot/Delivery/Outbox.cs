using BulletinBot.Data;

namespace BulletinBot.Delivery;

/// <summary>
/// The one way features send: a reply to one chat or a broadcast to many, queued in the outbox and sent by the
/// delivery worker at Telegram's pace. Every call wakes the worker once what it queued is committed.
/// </summary>
public sealed class Outbox(DeliveryStore store, BroadcastReportStore reports, DeliverySignal signal, SqliteConnectionFactory connections)
{
    public Task ReplyAsync(OutgoingMessage message, CancellationToken ct) =>
        TransactionAsync((tx, token) => tx.ReplyAsync(message, token), ct);

    /// <returns>The broadcast's id, or null when <see cref="Broadcast.Key"/> was queued before and nothing new was sent.</returns>
    public Task<long?> BroadcastAsync(Broadcast broadcast, IEnumerable<long> chatIds, CancellationToken ct) =>
        TransactionAsync((tx, token) => tx.BroadcastAsync(broadcast, chatIds, token), ct);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction with whatever it queues, so a feature's own writes and the
    /// messages they cause are committed together or not at all.
    /// </summary>
    public async Task<T> TransactionAsync<T>(Func<OutboxTransaction, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        bool queued;
        T result;
        await using (var db = await connections.OpenAsync(ct))
        await using (var transaction = await db.BeginTransactionAsync(ct))
        {
            var tx = new OutboxTransaction(db, transaction, store);
            result = await work(tx, ct);
            await transaction.CommitAsync(ct);
            queued = tx.Queued;
        }

        if (queued)
        {
            signal.Wake();
        }

        return result;
    }

    public async Task TransactionAsync(Func<OutboxTransaction, CancellationToken, Task> work, CancellationToken ct) =>
        await TransactionAsync<bool>(async (tx, token) =>
        {
            await work(tx, token);
            return true;
        }, ct);

    /// <summary>The chats a broadcast reached or is still trying to reach; those it failed for are left out.</summary>
    public Task<IReadOnlyList<long>> RecipientsOfAsync(string broadcastKey, CancellationToken ct) =>
        store.RecipientsOfAsync(broadcastKey, ct);

    /// <summary>
    /// How far the broadcasts whose keys match <paramref name="keyPattern"/> (`*` matches anything, e.g.
    /// `digest:*:2026-W33`) have got: for a feature that sends many one-chat broadcasts and reports on them together.
    /// </summary>
    public Task<BroadcastTally> TallyAsync(string keyPattern, CancellationToken ct) => reports.TallyAsync(keyPattern, ct);

    /// <summary>Messages not yet sent; --local waits on this so the terminal shows each answer before the next prompt.</summary>
    public Task<long> CountUnsentAsync(CancellationToken ct) => store.CountUnsentAsync(ct);
}
