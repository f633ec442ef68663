using System.Text.Json;
using BulletinBot.Chat.Conversations;

namespace BulletinBot.Features.Events;

/// <summary>
/// The open card of an event in a chat: which event, which field is awaited as typed text, and for a published
/// event the changes not yet published (a draft's changes go straight to its row).
/// </summary>
public sealed record EditSession(long EventId, string? Field, EventFields? Pending, int Revision)
{
    public const string Kind = "event-edit";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static EditSession? From(Conversation? conversation) =>
        conversation is { Kind: Kind } ? JsonSerializer.Deserialize<EditSession>(conversation.Draft, Json) : null;

    public Conversation ToConversation(long chatId, long userId) => new()
    {
        ChatId = chatId,
        UserId = userId,
        Kind = Kind,
        Step = Field ?? "card",
        Draft = JsonSerializer.Serialize(this, Json),
    };
}
