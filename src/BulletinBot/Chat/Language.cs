namespace BulletinBot.Chat;

public enum Language
{
    Vi,
    En,
}
