namespace BulletinBot.Chat.Roles;

/// <summary>Roles as they are stored; admins come from configuration and are never stored.</summary>
public static class RoleNames
{
    public const string Organizer = "organizer";
}
