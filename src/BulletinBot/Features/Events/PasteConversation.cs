using BulletinBot.Chat;
using BulletinBot.Chat.Conversations;

namespace BulletinBot.Features.Events;

/// <summary>Joins the next part of an article being pasted; the reply comes once the parts stop (see <see cref="PasteAssembler"/>).</summary>
public sealed class PasteConversation(ConversationStore conversations) : IConversationHandler
{
    public string Kind => ArticlePaste.Kind;

    public async Task<Reply> ContinueAsync(CommandContext context, Conversation conversation, CancellationToken ct)
    {
        var paste = ArticlePaste.From(conversation);
        var joined = paste with { Parts = [.. paste.Parts, context.Args], Source = paste.Source ?? context.Request.ForwardedFrom };
        if (joined.Length > EventLimits.Article)
        {
            await conversations.EndAsync(context.ChatId, Kind, ct);
            return Reply.With(Html.Escape(ArticleDraftMaker.TooLong(joined.Length, context.Language)));
        }

        await conversations.SaveAsync(joined.ToConversation(context.ChatId, context.Request.UserId), ct);
        return Reply.None;
    }
}
