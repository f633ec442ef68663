using BulletinBot.Chat;

namespace BulletinBot.Delivery;

/// <summary>
/// A message for many chats. <paramref name="Key"/> names what caused it (e.g. "event:42:published"), so the same cause
/// enqueued twice — a retried command, a job fired again — sends nothing new. Chats that read English get
/// <paramref name="EnglishText"/> when there is one; <paramref name="Buttons"/> go under the message in every chat.
/// </summary>
public sealed record Broadcast(
    string Key,
    string Kind,
    Html Text,
    long? StartedByChatId = null,
    Html? EnglishText = null,
    IReadOnlyList<IReadOnlyList<ReplyButton>>? Buttons = null);
