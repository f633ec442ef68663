using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace BulletinBot;

/// <summary>
/// Reads BulletinBot:Admins as written, because the configuration binder silently skips an entry it cannot convert:
/// "Admins:0=alice" would leave the bot running with no admin at all.
/// </summary>
public sealed class AdminListRules(IConfiguration configuration) : IValidateOptions<BotOptions>
{
    private const string Key = BotOptions.Section + ":Admins";
    private const string Example = "e.g. BulletinBot__Admins__0=111111111 (a user id, as @userinfobot shows it)";

    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var section = configuration.GetSection(Key);
        var entries = section.GetChildren().ToList();
        if (entries.Count == 0 && !string.IsNullOrEmpty(section.Value))
        {
            return ValidateOptionsResult.Fail($"{Key} must be a list of Telegram user ids, one per index, {Example}");
        }

        foreach (var entry in entries)
        {
            if (!long.TryParse(entry.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            {
                return ValidateOptionsResult.Fail($"{Key}:{entry.Key} is '{entry.Value}', not a Telegram user id (a positive number), {Example}");
            }
        }

        return ValidateOptionsResult.Success;
    }
}
