namespace BulletinBot.Chat;

public sealed record ChatRecord
{
    public long ChatId { get; init; }

    public string Kind { get; init; } = "private";

    public string Language { get; init; } = "vi";

    public bool IsActive { get; init; }

    public Language ChatLanguage => Language == "en" ? Chat.Language.En : Chat.Language.Vi;
}
