namespace BulletinBot.Features.Events;

/// <summary>How much an organizer may type; a notice must stay readable on a phone and inside Telegram's limits.</summary>
public static class EventLimits
{
    public const int Title = 200;
    public const int Venue = 300;
    public const int Summary = 1000;
    public const int Article = 50_000;

    /// <summary>Text this long that is not a command is read as an article rather than as a stray message.</summary>
    public const int ArticleMinimum = 300;

    /// <summary>A .txt article sent as a file; UTF-8 Vietnamese takes up to three bytes a letter.</summary>
    public const long ArticleFileBytes = 3 * Article;
}
