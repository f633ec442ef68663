namespace BulletinBot.Delivery;

/// <summary>How one claimed row ends its turn; written back to the outbox in batches.</summary>
public sealed record DeliveryResult(long Id, string State, long PartsSent, long? MessageId = null, long NotBefore = 0, string? Error = null, bool CountsAsAttempt = true, long At = 0)
{
    public static DeliveryResult Sent(long id, long partsSent, long messageId, long at) => new(id, DeliveryState.Sent, partsSent, messageId, At: at);

    public static DeliveryResult Retry(long id, long partsSent, long notBefore, string error, bool countsAsAttempt) =>
        new(id, DeliveryState.Retry, partsSent, NotBefore: notBefore, Error: error, CountsAsAttempt: countsAsAttempt);

    public static DeliveryResult Failed(long id, long partsSent, string error) => new(id, DeliveryState.Failed, partsSent, Error: error);
}
