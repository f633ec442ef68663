using System.Globalization;
using BulletinBot.Data;
using BulletinBot.Delivery;
using Microsoft.Extensions.Options;

namespace BulletinBot.Chat.Local;

/// <summary>
/// Delivers to the terminal in --local mode: replies and any broadcast to other chats are printed; a file the bot sends
/// is written to local-files/ beside the database, where it can be opened.
/// </summary>
public sealed class ConsoleMessageGateway(LocalScreen screen, IOptions<DatabaseOptions> database) : IMessageGateway
{
    public async Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        if (message.Document is not { } document)
        {
            return SendOutcome.Sent(screen.Show(message));
        }

        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database.Value.Path)) ?? ".", "local-files");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Path.GetFileName(document.FileName));
        await using (var file = File.Create(path))
        {
            await document.Content.CopyToAsync(file, ct);
        }

        var size = new FileInfo(path).Length.ToString("#,0", CultureInfo.InvariantCulture);
        return SendOutcome.Sent(screen.Show(message, attachment: $"📎 {document.FileName} ({size} bytes) → {path}"));
    }

    public Task AnswerButtonAsync(string pressId, string? notice, CancellationToken ct)
    {
        if (notice is { Length: > 0 })
        {
            screen.Say($"({notice})");
        }

        return Task.CompletedTask;
    }
}
