namespace BulletinBot.Delivery;

/// <summary>What became of one send, in terms the delivery engine acts on rather than HTTP codes.</summary>
public sealed record SendOutcome(SendOutcomeKind Kind, int MessageId = 0, TimeSpan RetryAfter = default, long NewChatId = 0, string Reason = "")
{
    public static SendOutcome Sent(int messageId) => new(SendOutcomeKind.Sent, MessageId: messageId);

    public static SendOutcome SlowDown(TimeSpan retryAfter) => new(SendOutcomeKind.SlowDown, RetryAfter: retryAfter, Reason: "too many requests");

    public static SendOutcome ChatGone(string reason) => new(SendOutcomeKind.ChatGone, Reason: reason);

    public static SendOutcome ChatMoved(long newChatId) => new(SendOutcomeKind.ChatMoved, NewChatId: newChatId, Reason: "migrated to supergroup");

    public static SendOutcome Transient(string reason) => new(SendOutcomeKind.Transient, Reason: reason);

    public static SendOutcome Unauthorized(string reason) => new(SendOutcomeKind.Unauthorized, Reason: reason);

    public static SendOutcome Rejected(string reason) => new(SendOutcomeKind.Rejected, Reason: reason);

    public static SendOutcome CannotEdit(string reason) => new(SendOutcomeKind.CannotEdit, Reason: reason);
}
