using System.Globalization;

namespace BulletinBot.FakeBotApi;

/// <summary>The bot user a token stands for: its id is the token's digits before ':'.</summary>
internal readonly record struct BotIdentity(long Id, string Username)
{
    public const string FirstName = "BulletinBot";

    public static BotIdentity FromToken(string token, string username)
    {
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        var digits = colon < 0 ? token.AsSpan() : token.AsSpan(0, colon);
        return new BotIdentity(long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0, username);
    }
}
