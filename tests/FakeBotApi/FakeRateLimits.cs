namespace BulletinBot.FakeBotApi;

/// <summary>
/// Sliding windows measured at arrival, as Telegram documents its broadcast limits. <paramref name="PerChatPerSecond"/>
/// holds for every chat, groups included; <paramref name="PerGroupPerMinute"/> holds for groups on top of it.
/// </summary>
public sealed record FakeRateLimits(int GlobalPerSecond = 30, int PerChatPerSecond = 1, int PerGroupPerMinute = 20);
