namespace BulletinBot.Telegram;

public sealed class TelegramOptions
{
    public const string Section = "BulletinBot:Telegram";

    /// <summary>From @BotFather; never logged. Required unless the bot runs with --local.</summary>
    public string? Token { get; set; }

    /// <summary>A self-hosted Bot API server, or the fake one in tests. Only its scheme, host and port are used.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>The bot's id, a colon, then the secret, which Telegram writes with letters, digits, '_' and '-' only.</summary>
    public bool HasWellFormedToken() =>
        Token is { } token && token.IndexOf(':', StringComparison.Ordinal) is var colon and > 0
        && token[..colon].All(char.IsAsciiDigit) && colon < token.Length - 1
        && token[(colon + 1)..].All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    /// <summary>The part of the token that must stay secret; the bot id before it is public.</summary>
    public string? Secret => HasWellFormedToken() && Token is { } token ? token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..] : null;

    public bool HasUsableApiBaseUrl() =>
        string.IsNullOrEmpty(ApiBaseUrl)
        || Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Host.Length > 0;
}
