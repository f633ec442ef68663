using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace BulletinBot;

/// <summary>
/// Refuses a key in a settings section that no property reads. The configuration binder ignores such keys, so a typo
/// (Http:Url for Http:Urls, Telegram:WebhookURI) would otherwise leave the bot running on a default nobody chose.
/// </summary>
public sealed class SettingNamesRule<TOptions>(IConfiguration configuration, string section) : IValidateOptions<TOptions>
    where TOptions : class
{
    private static readonly string[] Known = [.. typeof(TOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite).Select(p => p.Name).Order(StringComparer.Ordinal)];

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        foreach (var key in configuration.GetSection(section).GetChildren().Select(c => c.Key))
        {
            if (!Known.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                return ValidateOptionsResult.Fail($"{section}:{key} is not a setting; {section} takes {string.Join(", ", Known)}");
            }
        }

        return ValidateOptionsResult.Success;
    }
}
