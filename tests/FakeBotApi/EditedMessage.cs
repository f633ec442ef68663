using System.Text.Json;

namespace BulletinBot.FakeBotApi;

public sealed record EditedMessage(long ChatId, int MessageId, string Text, string? ParseMode, JsonElement? ReplyMarkup, DateTimeOffset At);
