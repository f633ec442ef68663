using BulletinBot.Chat;
using BulletinBot.Chat.Conversations;

namespace BulletinBot.Features.Events;

/// <summary>The guided form's buttons: "post:skip" passes over an optional step, "post:leave" closes the form.</summary>
public sealed class PostFormButton(PostForm form, ConversationStore conversations) : IButtonAction
{
    public const string Skip = "post:skip";
    public const string Leave = "post:leave";

    public ButtonInfo Info { get; } = new("post", Role.Organizer, "/post");

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        if (await conversations.FindAsync(context.ChatId, ct) is not { Kind: PostForm.FormKind } open)
        {
            return RouterReplies.StaleButton(Info.ReopenWith, language);
        }

        if (context.Args == "leave")
        {
            await conversations.EndAsync(context.ChatId, PostForm.FormKind, ct);
            return new Reply(Html.Trusted(language.Pick("Đã thoát. Không có gì được gửi.", "Left the form. Nothing was sent.")), [], ReplacesPressedMessage: true);
        }

        if (context.Args != "skip" || open.Step is not (PostForm.VenueStep or PostForm.SummaryStep))
        {
            return EventDesk.Notice(language.Pick("Bước này không bỏ qua được.", "This step cannot be skipped."));
        }

        return await form.NextAsync(context, open, PostForm.FieldsOf(open), ct);
    }
}
