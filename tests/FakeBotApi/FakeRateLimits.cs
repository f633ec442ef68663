namespace BulletinBot.FakeBotApi;

/// <summary>Sliding windows measured at arrival, as Telegram documents its broadcast limits.</summary>
public sealed record FakeRateLimits(int GlobalPerSecond = 30, int PerChatPerSecond = 1, int PerGroupPerMinute = 20);
