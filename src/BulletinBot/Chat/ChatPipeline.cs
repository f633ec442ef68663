using System.Text;
using BulletinBot.Data;
using BulletinBot.Delivery;

namespace BulletinBot.Chat;

/// <summary>
/// What happens to every request from any transport: the chat is registered, the router answers, and the answer is
/// queued in the outbox in the same transaction that marks the update handled.
/// </summary>
public sealed class ChatPipeline(
    ChatStore chats,
    RoleResolver roles,
    CommandRouter router,
    UpdateJournal journal,
    DeliveryStore outbox,
    DeliverySignal signal,
    IMessageGateway gateway,
    SqliteConnectionFactory connections)
{
    /// <param name="updateId">Telegram's update id, when the request came from Telegram; null from the console.</param>
    public async Task<Reply> HandleAsync(ChatRequest request, long? updateId, CancellationToken ct)
    {
        request = request with { Text = request.Text.Normalize(NormalizationForm.FormC) };
        var chat = await chats.RegisterAsync(request, ct);
        var reply = await router.RouteAsync(request, chat.ChatLanguage, roles.RoleOf(request.UserId), ct);

        await using (var db = await connections.OpenAsync(ct))
        await using (var transaction = await db.BeginTransactionAsync(ct))
        {
            if (updateId is { } id)
            {
                await journal.RecordAsync(db, transaction, id, ct);
            }

            if (!reply.IsNone)
            {
                var edit = reply.ReplacesPressedMessage ? request.ButtonMessageId : null;
                await outbox.EnqueueReplyAsync(db, transaction, new OutgoingMessage(request.ChatId, reply.Text, reply.Buttons, edit), ct);
            }

            await transaction.CommitAsync(ct);
        }

        signal.Wake();
        if (request.ButtonPressId is { } pressId)
        {
            // Stops the spinner on the button; losing it in a crash is harmless, so it skips the outbox.
            await gateway.AnswerButtonAsync(pressId, reply.ButtonNotice, ct);
        }

        return reply;
    }

    /// <summary>For updates that need no answer (service messages), so they are not looked at again after a restart.</summary>
    public async Task MarkHandledAsync(long updateId, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        await using var transaction = await db.BeginTransactionAsync(ct);
        await journal.RecordAsync(db, transaction, updateId, ct);
        await transaction.CommitAsync(ct);
    }
}
