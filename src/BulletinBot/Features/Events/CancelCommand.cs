using BulletinBot.Chat;
using BulletinBot.Chat.Conversations;

namespace BulletinBot.Features.Events;

/// <summary>
/// /cancel alone leaves whatever form is open; /cancel &lt;id&gt; asks to confirm, then cancels a published event and tells
/// the chats that got its notice.
/// </summary>
public sealed class CancelCommand(EventDesk desk, ConversationStore conversations) : IChatCommand
{
    public CommandInfo Info { get; } = new("cancel", Role.Staff, "/cancel 17",
        "Thoát biểu mẫu; huỷ sự kiện đã đăng", "Leave a form; cancel a published event") { Order = 42 };

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        if (context.Args.Length == 0)
        {
            return Reply.With(Html.Trusted(await conversations.EndAsync(context.ChatId, kind: null, ct)
                ? language.Pick("Đã thoát. Không có gì được gửi.", "Left the form. Nothing was sent.")
                : language.Pick(
                    "Không có biểu mẫu nào đang mở. Để huỷ một sự kiện đã đăng: <code>/cancel 17</code>",
                    "No form is open. To cancel a published event: <code>/cancel 17</code>")));
        }

        if (context.Role < Role.Organizer)
        {
            return RouterReplies.NotAllowed(Info with { Role = Role.Organizer }, language);
        }

        if (EventId.Parse(context.Args) is not { } id)
        {
            return Reply.With(Html.Format($"""
                {language.Pick("Cần số của sự kiện (số sau dấu #).", "Give the event's number (the one after #).")}
                {language.Pick("Ví dụ:", "Example:")} <code>{Info.Example}</code>
                """));
        }

        if (await desk.FindAsync(id, ct) is not { } record)
        {
            return Reply.With(Html.Format($"{language.Pick("Không có sự kiện", "There is no event")} #{id}."));
        }

        if (!EventDesk.MayChange(context, record))
        {
            return Reply.With(Html.Trusted(language.Pick(
                "Chỉ người đăng sự kiện này hoặc quản trị viên mới huỷ được.", "Only whoever posted this event, or an admin, can cancel it.")));
        }

        if (!record.IsPublished)
        {
            return Reply.With(Html.Escape(record.IsDraft
                ? $"#{id} {language.Pick("mới là bản nháp: bấm ✖ Huỷ trên thẻ của nó, hoặc", "is only a draft: press ✖ Discard on its card, or")} /edit {id}."
                : $"#{id} {language.Pick("đã bị huỷ từ trước.", "was cancelled already.")}"));
        }

        return Reply.With(
            Html.Format($"{language.Pick("Huỷ sự kiện", "Cancel event")} #{id}: ") + Html.Bold(record.Fields.Title)
            + Html.Format($"?\n{language.Pick("Những chat đã nhận thông báo sẽ được báo huỷ.", "Every chat that got the notice will be told.")}"),
            new[]
            {
                new ReplyButton(language.Pick($"❌ Huỷ #{id}", $"❌ Cancel #{id}"), CardButton.ConfirmCancel(id)),
                new ReplyButton(language.Pick("Giữ lại", "Keep it"), CardButton.Keep(id)),
            });
    }
}
