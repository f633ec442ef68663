namespace BulletinBot.Telegram;

public sealed class TelegramOptions
{
    public const string Section = "BulletinBot:Telegram";

    /// <summary>From @BotFather; never logged. Required unless the bot runs with --local.</summary>
    public string? Token { get; set; }

    /// <summary>A self-hosted Bot API server, or the fake one in tests. Only its scheme, host and port are used.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>
    /// The https address Telegram posts updates to (the reverse proxy in front of the bot). Set, the bot runs in webhook
    /// mode; empty, it long-polls.
    /// </summary>
    public string? WebhookUrl { get; set; }

    /// <summary>The path the bot serves the webhook on, behind the proxy; empty means the path of <see cref="WebhookUrl"/>.</summary>
    public string? WebhookPath { get; set; }

    /// <summary>The webhook's secret_token; empty means one generated at the first start and kept in the database.</summary>
    public string? WebhookSecret { get; set; }

    public bool UsesWebhook => !string.IsNullOrWhiteSpace(WebhookUrl);

    /// <summary>Where the webhook is served; valid once the options are.</summary>
    public string ServedWebhookPath => WebhookPath is { Length: > 0 } path
        ? path
        : Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var url) ? url.AbsolutePath : "/";

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
