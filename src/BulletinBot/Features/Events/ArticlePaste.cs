using System.Text.Json;
using BulletinBot.Chat.Conversations;

namespace BulletinBot.Features.Events;

/// <summary>
/// An article arriving in parts: Telegram splits a long paste into several messages, which are joined until the
/// organizer stops sending for a few seconds.
/// </summary>
public sealed record ArticlePaste(IReadOnlyList<string> Parts, string? Source)
{
    public const string Kind = "paste";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public int Length => Parts.Sum(p => p.Length) + Parts.Count;

    public string Text => string.Join('\n', Parts);

    public static ArticlePaste From(Conversation conversation) =>
        JsonSerializer.Deserialize<ArticlePaste>(conversation.Draft, Json) ?? new ArticlePaste([], null);

    public Conversation ToConversation(long chatId, long userId) => new()
    {
        ChatId = chatId,
        UserId = userId,
        Kind = Kind,
        Step = "collecting",
        Draft = JsonSerializer.Serialize(this, Json),
    };
}
