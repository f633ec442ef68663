namespace BulletinBot.Chat;

/// <summary>
/// Takes a message that is not a command when the chat has no open conversation, e.g. an organizer pasting an article.
/// The router asks each in turn; the first that accepts answers.
/// </summary>
public interface IFreeTextHandler
{
    bool Accepts(CommandContext context);

    Task<Reply> HandleAsync(CommandContext context, CancellationToken ct);
}
