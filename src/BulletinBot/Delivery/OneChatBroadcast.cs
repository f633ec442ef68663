namespace BulletinBot.Delivery;

/// <summary>
/// A broadcast to a single chat, one of many queued together by <see cref="OutboxTransaction.BroadcastEachAsync"/>:
/// a personal reminder, one chat's weekly digest. Its key makes it once-only like any broadcast; whoever started a
/// batch gets no progress message for each.
/// </summary>
public sealed record OneChatBroadcast(long ChatId, Broadcast Broadcast);
