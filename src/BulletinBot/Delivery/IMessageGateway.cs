namespace BulletinBot.Delivery;

/// <summary>
/// The one way out of the bot: Telegram in production and tests, the terminal with --local. Implementations translate
/// their transport's errors into <see cref="SendOutcome"/> and never throw for a failed send.
/// </summary>
public interface IMessageGateway
{
    Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken ct);

    Task AnswerButtonAsync(string pressId, string? notice, CancellationToken ct);
}
