namespace BulletinBot.Chat;

/// <summary>Handles presses of inline buttons whose data starts with <see cref="ButtonInfo.Prefix"/> and a colon.</summary>
public interface IButtonAction
{
    ButtonInfo Info { get; }

    Task<Reply> HandleAsync(CommandContext context, CancellationToken ct);
}
