namespace BulletinBot.Bench.Broadcasting;

/// <summary>One broadcast run: how many chats, the limits both the bot and the fake Bot API keep, and where to kill the bot.</summary>
public sealed record BroadcastSettings(int Chats, int GlobalPerSecond, int PerChatPerSecond, bool Unlimited, int? KillAt);
