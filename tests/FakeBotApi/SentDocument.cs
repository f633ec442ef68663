using System.Text.Json;

namespace BulletinBot.FakeBotApi;

/// <summary>A document the bot sent, with the file's bytes exactly as uploaded.</summary>
public sealed record SentDocument(
    long ChatId, int MessageId, string FileName, byte[] Content, string? Caption, string? ParseMode, JsonElement? ReplyMarkup, DateTimeOffset At);
