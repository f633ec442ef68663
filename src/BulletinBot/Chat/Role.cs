namespace BulletinBot.Chat;

/// <summary>Ordered so that a higher role may do everything a lower one may.</summary>
public enum Role
{
    Staff = 0,
    Organizer = 1,
    Admin = 2,
}
