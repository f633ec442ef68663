namespace BulletinBot.Chat;

/// <summary>Handles presses of inline buttons whose data starts with <see cref="Prefix"/> and a colon.</summary>
public interface IButtonAction
{
    string Prefix { get; }

    Task<Reply> HandleAsync(CommandContext context, CancellationToken ct);
}
