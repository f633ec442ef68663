namespace BulletinBot.Http;

/// <summary>The bot's own HTTP listener: health, metrics and, in webhook mode, Telegram's updates.</summary>
public sealed class HttpOptions
{
    public const string Section = "BulletinBot:Http";

    /// <summary>False serves nothing over HTTP (then the webhook mode is unavailable too).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where Kestrel listens, plain http, several separated by ';'. Port 0 picks a free port (tests).</summary>
    public string Urls { get; set; } = "http://0.0.0.0:8080";

    public IReadOnlyList<string> UrlList() => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
