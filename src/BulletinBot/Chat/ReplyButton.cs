namespace BulletinBot.Chat;

/// <summary>An inline button; <paramref name="Data"/> comes back in the press and must stay within Telegram's 64 bytes.</summary>
public sealed record ReplyButton(string Label, string Data);
