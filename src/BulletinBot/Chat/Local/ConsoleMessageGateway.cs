using BulletinBot.Delivery;

namespace BulletinBot.Chat.Local;

/// <summary>Delivers to the terminal in --local mode: replies and any broadcast to other chats are printed.</summary>
public sealed class ConsoleMessageGateway(LocalScreen screen) : IMessageGateway
{
    public Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken ct) =>
        Task.FromResult(SendOutcome.Sent(screen.Show(message)));

    public Task AnswerButtonAsync(string pressId, string? notice, CancellationToken ct)
    {
        if (notice is { Length: > 0 })
        {
            screen.Say($"({notice})");
        }

        return Task.CompletedTask;
    }
}
