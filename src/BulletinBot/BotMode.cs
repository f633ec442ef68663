namespace BulletinBot;

public enum BotMode
{
    /// <summary>Talk to Telegram; a token is required.</summary>
    Telegram,

    /// <summary>Talk to the person at the terminal (--local).</summary>
    Local,

    /// <summary>Only apply migrations, then exit.</summary>
    Migrate,
}
