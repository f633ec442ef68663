using Microsoft.Extensions.Options;

namespace BulletinBot.Chat;

/// <summary>Admins are named in configuration; everyone else is staff until an admin grants more.</summary>
public sealed class RoleResolver(IOptions<BotOptions> options)
{
    public Role RoleOf(long userId) => options.Value.Admins.Contains(userId) ? Role.Admin : Role.Staff;
}
