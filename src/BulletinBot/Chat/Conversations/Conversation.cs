namespace BulletinBot.Chat.Conversations;

/// <summary>
/// A chat's open exchange with one feature: which handler owns it (<see cref="Kind"/>), where it stands
/// (<see cref="Step"/>), what it has gathered so far (<see cref="Draft"/>, JSON) and the card it draws on.
/// </summary>
public sealed record Conversation
{
    public long ChatId { get; init; }

    public long UserId { get; init; }

    public string Kind { get; init; } = "";

    public string Step { get; init; } = "";

    public string Draft { get; init; } = "{}";

    public int? CardMessageId { get; init; }

    public long UpdatedAt { get; init; }
}
