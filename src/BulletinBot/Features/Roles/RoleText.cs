using BulletinBot.Chat;

namespace BulletinBot.Features.Roles;

/// <summary>How roles and people are named in replies.</summary>
public static class RoleText
{
    public static string Name(Role role, Language language) => role switch
    {
        Role.Admin => language.Pick("quản trị viên", "admin"),
        Role.Organizer => language.Pick("người tổ chức", "organizer"),
        _ => language.Pick("nhân viên (nhận tin)", "staff (receives notices)"),
    };

    public static string Person(long userId, string? username) =>
        username is { Length: > 0 } ? $"@{username} ({userId})" : userId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
