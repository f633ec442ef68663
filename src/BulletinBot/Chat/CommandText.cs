using System.Text.RegularExpressions;

namespace BulletinBot.Chat;

/// <summary>A message read as a command: "/subscribe@bulletin_bot Hà Giang" gives subscribe, bulletin_bot, "Hà Giang".</summary>
public sealed partial record CommandText(string Name, string? Mention, string Args)
{
    public static CommandText? TryParse(string text)
    {
        var match = CommandPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var mention = match.Groups["bot"].Success ? match.Groups["bot"].Value : null;
        return new CommandText(match.Groups["name"].Value.ToLowerInvariant(), mention, match.Groups["args"].Value.Trim());
    }

    [GeneratedRegex(@"^\s*/(?<name>[A-Za-z0-9_]{1,32})(?:@(?<bot>[A-Za-z0-9_]{3,64}))?(?:\s+(?<args>[\s\S]*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex CommandPattern();
}
