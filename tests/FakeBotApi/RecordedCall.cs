using System.Text.Json;

namespace BulletinBot.FakeBotApi;

/// <summary>One request as the fake saw it; StatusCode 0 means the connection was dropped without an answer.</summary>
public sealed record RecordedCall(string Method, string Token, JsonElement Body, DateTimeOffset At, int StatusCode);
