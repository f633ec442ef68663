namespace BulletinBot.Chat;

public interface IChatCommand
{
    CommandInfo Info { get; }

    Task<Reply> HandleAsync(CommandContext context, CancellationToken ct);
}
