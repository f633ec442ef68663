using BulletinBot.Http;
using Microsoft.Extensions.Options;

namespace BulletinBot.Telegram;

/// <summary>
/// Checks the webhook settings before anything is registered with Telegram, each failure one line naming its key:
/// Telegram posts only over https and, to its own servers' rules, only to ports 443, 80, 88 and 8443.
/// </summary>
public sealed class WebhookRules(IOptions<HttpOptions> http) : IValidateOptions<TelegramOptions>
{
    private const string UrlKey = TelegramOptions.Section + ":WebhookUrl";
    private const string PathKey = TelegramOptions.Section + ":WebhookPath";
    private const string SecretKey = TelegramOptions.Section + ":WebhookSecret";
    private const string UrlExample = "e.g. https://bot.example.org/telegram/webhook";
    private static readonly int[] TelegramPorts = [443, 80, 88, 8443];
    private static readonly string[] TakenPaths = ["/healthz", "/readyz", "/metrics"];

    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        if (options.WebhookSecret is { Length: > 0 } secret && !IsValidSecret(secret))
        {
            return ValidateOptionsResult.Fail($"{SecretKey} must be 1 to 256 letters, digits, _ or - (Telegram's rule for secret_token); leave it empty to have one generated");
        }

        if (options.WebhookPath is { Length: > 0 } path && !IsServablePath(path))
        {
            return ValidateOptionsResult.Fail($"{PathKey} '{path}' must be a path starting with /, without ? or #, and not /healthz, /readyz or /metrics, e.g. /telegram/webhook");
        }

        if (!options.UsesWebhook)
        {
            return ValidateOptionsResult.Success;
        }

        if (!Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var url) || url.Host.Length == 0 || url.Fragment.Length > 0)
        {
            return ValidateOptionsResult.Fail($"{UrlKey} '{options.WebhookUrl}' is not an absolute URL, {UrlExample}");
        }

        if (url.Scheme != Uri.UriSchemeHttps)
        {
            return ValidateOptionsResult.Fail($"{UrlKey} '{options.WebhookUrl}' is not https: Telegram posts updates only over https, {UrlExample}");
        }

        if (string.IsNullOrEmpty(options.ApiBaseUrl) && !TelegramPorts.Contains(url.Port))
        {
            return ValidateOptionsResult.Fail($"{UrlKey} '{options.WebhookUrl}' uses port {url.Port}; Telegram posts only to ports 443, 80, 88 or 8443, {UrlExample}");
        }

        if (!IsServablePath(options.ServedWebhookPath))
        {
            return ValidateOptionsResult.Fail($"{UrlKey} '{options.WebhookUrl}' has a path the bot serves itself; set {PathKey}, e.g. /telegram/webhook");
        }

        return http.Value.Enabled
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{UrlKey} needs {HttpOptions.Section}:Enabled=true: in webhook mode Telegram's updates arrive over HTTP");
    }

    public static bool IsValidSecret(string secret) =>
        secret.Length is >= 1 and <= 256 && secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    private static bool IsServablePath(string path) =>
        path.StartsWith('/') && path.IndexOfAny(['?', '#', ' ']) < 0 && !TakenPaths.Contains(path.TrimEnd('/'), StringComparer.OrdinalIgnoreCase);
}
