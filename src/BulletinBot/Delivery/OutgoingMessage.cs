using BulletinBot.Chat;

namespace BulletinBot.Delivery;

/// <summary>One message on its way to one chat; with <paramref name="EditMessageId"/> it replaces that message instead.</summary>
/// <param name="PaidBroadcast">Part of a broadcast sent at Telegram's paid rate (allow_paid_broadcast).</param>
/// <param name="Document">A file the message is made of; <paramref name="Text"/> is then its caption (1024 letters at most).</param>
public sealed record OutgoingMessage(
    long ChatId,
    Html Text,
    IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons,
    int? EditMessageId = null,
    bool PaidBroadcast = false,
    OutgoingDocument? Document = null);
