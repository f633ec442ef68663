namespace BulletinBot.Chat.Local;

/// <summary>The one private chat of --local mode: the person at the terminal, who is an admin.</summary>
public static class LocalChat
{
    public const long UserId = 1;

    public const long ChatId = 1;
}
