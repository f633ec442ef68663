using System.ComponentModel.DataAnnotations;

namespace BulletinBot.Telegram;

public sealed class TelegramOptions
{
    public const string Section = "BulletinBot:Telegram";

    /// <summary>From @BotFather; never logged. Required unless the bot runs with --local.</summary>
    public string? Token { get; set; }

    /// <summary>A self-hosted Bot API server, or the fake one in tests. Only its scheme, host and port are used.</summary>
    [Url(ErrorMessage = "BulletinBot:Telegram:ApiBaseUrl must be an absolute http(s) URL, e.g. https://api.telegram.org")]
    public string? ApiBaseUrl { get; set; }

    public bool HasWellFormedToken() =>
        Token is { } token && token.IndexOf(':', StringComparison.Ordinal) is var colon and > 0
        && token[..colon].All(char.IsAsciiDigit) && colon < token.Length - 1;
}
