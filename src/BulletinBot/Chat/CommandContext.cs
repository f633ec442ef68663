namespace BulletinBot.Chat;

/// <summary>A request as a command sees it: its arguments split off, the chat's language and the sender's role known.</summary>
public sealed record CommandContext(ChatRequest Request, string Args, Language Language, Role Role)
{
    public long ChatId => Request.ChatId;
}
