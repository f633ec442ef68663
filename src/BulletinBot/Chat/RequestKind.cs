namespace BulletinBot.Chat;

public enum RequestKind
{
    Message,
    ButtonPress,
}
