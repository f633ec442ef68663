using BulletinBot.Chat;
using BulletinBot.Chat.Conversations;

namespace BulletinBot.Features.Events;

/// <summary>Takes the value an organizer types after choosing a field to change on an event card.</summary>
public sealed class EditConversation(EventDesk desk, ConversationStore conversations) : IConversationHandler
{
    public string Kind => EditSession.Kind;

    public async Task<Reply> ContinueAsync(CommandContext context, Conversation conversation, CancellationToken ct)
    {
        var language = context.Language;
        if (EditSession.From(conversation) is not { } session || await desk.FindAsync(session.EventId, ct) is not { } record
            || record.IsCancelled || !EventDesk.MayChange(context, record))
        {
            await conversations.EndAsync(context.ChatId, Kind, ct);
            return Reply.With(Html.Trusted(language.Pick("Thẻ sự kiện này không còn mở. Gõ /edit và số sự kiện để mở lại.", "That event card is no longer open. Type /edit and the event's number to open it again.")));
        }

        if (session.Field is not { } field)
        {
            return Reply.With(Html.Format($"""
                {language.Pick("Bạn đang sửa", "You are editing")} #{record.Id}: {language.Pick("bấm ✅ Đăng thay đổi hoặc ✏️ Sửa trên thẻ; gõ /cancel để bỏ các thay đổi.", "press ✅ Publish changes or ✏️ Edit on its card; type /cancel to drop the changes.")}
                """));
        }

        var current = record.IsPublished ? session.Pending ?? record.Fields : record.Fields;
        var (changed, problem) = EventField.Apply(field, context.Args, current, desk.Provinces, desk.Today, language);
        if (changed is null)
        {
            return Reply.With(Html.Escape(problem) + Html.Trusted("\n") + EventField.Prompt(field, record.Id, language));
        }

        return await desk.ChangeAsync(context, record, _ => changed, replaces: false, ct);
    }
}
