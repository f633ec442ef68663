using System.Text.Json;

namespace BulletinBot.FakeBotApi;

internal sealed record ApiCall(string Method, BotMethod Kind, string Token, JsonElement Body, DateTimeOffset At);
