using System.Text.Json;
using BulletinBot.Chat.Conversations;

namespace BulletinBot.Features.Events;

/// <summary>A link an organizer sent, waiting to be fetched and read; kept as the chat's conversation so a restart resumes it.</summary>
public sealed record LinkReading(string Url)
{
    public const string Kind = "link";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static LinkReading? From(Conversation conversation) =>
        conversation.Kind == Kind ? JsonSerializer.Deserialize<LinkReading>(conversation.Draft, Json) : null;

    public Conversation ToConversation(long chatId, long userId) => new()
    {
        ChatId = chatId,
        UserId = userId,
        Kind = Kind,
        Step = "reading",
        Draft = JsonSerializer.Serialize(this, Json),
    };
}
