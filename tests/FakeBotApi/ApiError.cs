namespace BulletinBot.FakeBotApi;

/// <summary>An error answer in Telegram's shape; the HTTP status equals the error code.</summary>
internal sealed record ApiError(int StatusCode, string Description, int? RetryAfter = null, long? MigrateToChatId = null);
