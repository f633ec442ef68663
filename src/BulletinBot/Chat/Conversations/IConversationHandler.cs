namespace BulletinBot.Chat.Conversations;

/// <summary>The feature behind one kind of conversation: it takes every non-command message of a chat that has one open.</summary>
public interface IConversationHandler
{
    string Kind { get; }

    Task<Reply> ContinueAsync(CommandContext context, Conversation conversation, CancellationToken ct);
}
