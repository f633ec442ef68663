namespace BulletinBot.Chat;

public enum ChatKind
{
    Private,
    Group,
}
