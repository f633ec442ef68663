using Microsoft.Extensions.Options;

namespace BulletinBot.Http;

/// <summary>
/// Checks BulletinBot:Http:Urls before Kestrel sees it, so a typo costs one line naming the key rather than Kestrel's
/// stack trace. TLS belongs to the reverse proxy in front of the bot, so only http is served.
/// </summary>
public sealed class HttpRules : IValidateOptions<HttpOptions>
{
    public const string UrlsKey = HttpOptions.Section + ":Urls";

    private const string Example = "e.g. http://0.0.0.0:8080 (several separated by ;)";

    public ValidateOptionsResult Validate(string? name, HttpOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var urls = options.UrlList();
        if (urls.Count == 0)
        {
            return ValidateOptionsResult.Fail($"{UrlsKey} is empty; name where to listen, {Example}, or set {HttpOptions.Section}:Enabled=false");
        }

        foreach (var url in urls)
        {
            if (ProblemWith(url) is { } problem)
            {
                return ValidateOptionsResult.Fail($"{UrlsKey} '{url}' {problem}, {Example}");
            }
        }

        return ValidateOptionsResult.Success;
    }

    private static string? ProblemWith(string url)
    {
        // Kestrel's "any address" spellings are no host names to Uri.
        var comparable = url.Replace("://*:", "://0.0.0.0:", StringComparison.Ordinal).Replace("://+:", "://0.0.0.0:", StringComparison.Ordinal);
        if (!Uri.TryCreate(comparable, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return "is not an absolute URL";
        }

        if (uri.Scheme == Uri.UriSchemeHttps)
        {
            return "is https: the bot serves plain http and leaves TLS to the reverse proxy in front of it";
        }

        if (uri.Scheme != Uri.UriSchemeHttp)
        {
            return "must start with http://";
        }

        if (uri.AbsolutePath != "/" || uri.Query.Length > 0)
        {
            return "must be a scheme, host and port only (no path)";
        }

        return comparable.Contains(":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            ? null
            : "must name its port";
    }
}
