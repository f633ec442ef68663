using System.Text;
using BulletinBot.Chat.Roles;
using BulletinBot.Delivery;

namespace BulletinBot.Chat;

/// <summary>
/// What happens to every request from any transport: the chat and its sender are registered, the router answers, and
/// the answer is queued in the outbox in the same transaction that marks the update handled.
/// </summary>
public sealed class ChatPipeline(
    ChatStore chats,
    UserDirectory users,
    RoleStore roles,
    CommandRouter router,
    UpdateJournal journal,
    Outbox outbox,
    IMessageGateway gateway)
{
    /// <param name="updateId">Telegram's update id, when the request came from Telegram; null from the console.</param>
    public async Task<Reply> HandleAsync(ChatRequest request, long? updateId, CancellationToken ct)
    {
        request = request with { Text = request.Text.Normalize(NormalizationForm.FormC) };
        var chat = await chats.RegisterAsync(request, ct);
        await users.SeenAsync(request, ct);
        var role = await roles.RoleOfAsync(request.UserId, ct);
        var reply = await router.RouteAsync(request, chat.ChatLanguage, role, ct);

        try
        {
            await outbox.TransactionAsync(async (tx, token) =>
            {
                if (updateId is { } id)
                {
                    await journal.RecordAsync(tx.Connection, tx.Transaction, id, token);
                }

                if (!reply.IsNone)
                {
                    var edit = reply.ReplacesPressedMessage ? request.ButtonMessageId : null;
                    await tx.ReplyAsync(new OutgoingMessage(request.ChatId, reply.Text, reply.Buttons, edit), token);
                }

                foreach (var document in reply.Documents)
                {
                    var file = new OutgoingDocument(document.FileName, document.Content);
                    await tx.ReplyAsync(new OutgoingMessage(request.ChatId, document.Caption, [], Document: file), token);
                }
            }, ct);
        }
        finally
        {
            foreach (var document in reply.Documents)
            {
                await document.Content.DisposeAsync();
            }
        }

        if (request.ButtonPressId is { } pressId)
        {
            // Stops the spinner on the button; losing it in a crash is harmless, so it skips the outbox.
            await gateway.AnswerButtonAsync(pressId, reply.ButtonNotice, ct);
        }

        return reply;
    }

    /// <summary>For updates that need no answer (service messages), so they are not looked at again after a restart.</summary>
    public Task MarkHandledAsync(long updateId, CancellationToken ct) =>
        outbox.TransactionAsync((tx, token) => journal.RecordAsync(tx.Connection, tx.Transaction, updateId, token), ct);
}
