using System.Globalization;
using BulletinBot.Chat;

namespace BulletinBot.Features.Roles;

/// <summary>The person a /grant or /revoke names: a numeric Telegram id or the @username of someone who wrote to the bot.</summary>
public sealed class UserTarget(UserDirectory users)
{
    public async Task<TargetLookup> FindAsync(string token, CancellationToken ct)
    {
        if (long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return new TargetLookup(id, await users.UsernameOfAsync(id, ct), Known: true);
        }

        if (token.StartsWith('@') && token.Length > 1 && token.Skip(1).All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            return await users.FindAsync(token, ct) is { } found
                ? new TargetLookup(found, token.TrimStart('@'), Known: true)
                : new TargetLookup(null, token.TrimStart('@'), Known: false);
        }

        return new TargetLookup(null, null, Known: false);
    }
}

/// <param name="UserId">Null when the name could not be resolved.</param>
/// <param name="Known">False for a @username nobody of that name has written to the bot under, or for text that is no user.</param>
public sealed record TargetLookup(long? UserId, string? Username, bool Known);
