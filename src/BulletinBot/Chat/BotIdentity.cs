namespace BulletinBot.Chat;

/// <summary>The bot's own @username, learnt from Telegram at start, so "/help@OtherBot" in a group is left alone.</summary>
public sealed class BotIdentity
{
    private volatile string username = "";

    public string Username => username;

    public void Learn(string? name) => username = name ?? "";

    public bool IsMe(string mention) =>
        username.Length == 0 || string.Equals(mention, username, StringComparison.OrdinalIgnoreCase);
}
