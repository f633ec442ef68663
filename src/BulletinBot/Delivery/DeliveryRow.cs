namespace BulletinBot.Delivery;

/// <summary>A claimed outbox row, with its broadcast's text filled in.</summary>
public sealed record DeliveryRow
{
    public long Id { get; init; }

    public long? BroadcastId { get; init; }

    public string? BroadcastKind { get; init; }

    public long ChatId { get; init; }

    public string ChatKind { get; init; } = "private";

    public long Priority { get; init; }

    public string Text { get; init; } = "";

    public string? Buttons { get; init; }

    public long? EditMessageId { get; init; }

    public long Attempts { get; init; }

    public long PartsSent { get; init; }

    /// <summary>The file name of a document delivery, whose <see cref="Text"/> is the caption; null for a text message.</summary>
    public string? DocumentName { get; init; }

    public bool IsGroup => ChatKind == "group";

    public bool IsBroadcast => BroadcastId is not null;
}
