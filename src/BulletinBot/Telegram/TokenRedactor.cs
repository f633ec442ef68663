using Microsoft.Extensions.Options;

namespace BulletinBot.Telegram;

/// <summary>
/// Takes the bot token out of any text: Telegram's error descriptions, exception messages and stack text, log lines. A
/// proxy or a self-hosted Bot API server may echo the request path, and the token is in every path.
/// </summary>
public sealed class TokenRedactor(IOptions<TelegramOptions> options)
{
    public const string Mask = "***";

    // A bare secret this short could be an ordinary word; it is still taken out wherever it follows the bot id.
    private const int ShortestBareSecret = 8;

    private readonly Lazy<(string Find, string Replacement)[]> secrets = new(() => SecretsOf(options.Value));
    private volatile string[] hidden = [];

    /// <summary>Another secret to take out of every text from now on (the webhook's secret token, once known).</summary>
    public void Hide(string secret)
    {
        if (secret.Length > 0 && !hidden.Contains(secret, StringComparer.Ordinal))
        {
            hidden = [.. hidden, secret];
        }
    }

    public string Redact(string text)
    {
        foreach (var secret in hidden)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        foreach (var (find, replacement) in secrets.Value)
        {
            if (text.Contains(find, StringComparison.Ordinal))
            {
                text = text.Replace(find, replacement, StringComparison.Ordinal);
            }
        }

        return text;
    }

    public string? RedactOrNull(string? text) => text is null ? null : Redact(text);

    // Longest first, so the whole token goes before its secret part; the colon may arrive URL-encoded.
    private static (string, string)[] SecretsOf(TelegramOptions telegram)
    {
        if (telegram.Token is not { Length: > 0 } token)
        {
            return [];
        }

        var colon = token.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || colon == token.Length - 1)
        {
            return [(token, Mask)];
        }

        var secret = token[(colon + 1)..];
        List<(string, string)> secrets = [(":" + secret, ":" + Mask), ("%3A" + secret, "%3A" + Mask), ("%3a" + secret, "%3a" + Mask)];
        if (secret.Length >= ShortestBareSecret)
        {
            secrets.Add((secret, Mask));
        }

        return [.. secrets];
    }
}
