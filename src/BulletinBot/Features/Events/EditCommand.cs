using BulletinBot.Chat;

namespace BulletinBot.Features.Events;

/// <summary>/edit &lt;id&gt;: reopens an event's card; publishing the change tells the same chats what changed.</summary>
public sealed class EditCommand(EventDesk desk) : IChatCommand
{
    public CommandInfo Info { get; } = new("edit", Role.Organizer, "/edit 17", "Sửa sự kiện đã đăng", "Change a published event")
    {
        Order = 41,
        PrivateOnly = true,
    };

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        if (EventId.Parse(context.Args) is not { } id)
        {
            return Reply.With(Html.Format($"""
                {language.Pick("Cần số của sự kiện (số sau dấu #).", "Give the event's number (the one after #).")}
                {language.Pick("Ví dụ:", "Example:")} <code>{Info.Example}</code>
                """));
        }

        if (await desk.FindAsync(id, ct) is not { } record)
        {
            return Reply.With(Html.Format($"{language.Pick("Không có sự kiện", "There is no event")} #{id}. {language.Pick("Xem các sự kiện sắp tới bằng /upcoming.", "See upcoming events with /upcoming.")}"));
        }

        if (!EventDesk.MayChange(context, record))
        {
            return Reply.With(Html.Trusted(language.Pick(
                "Chỉ người đăng sự kiện này hoặc quản trị viên mới sửa được.", "Only whoever posted this event, or an admin, can change it.")));
        }

        return record switch
        {
            { IsCancelled: true } => Reply.With(Html.Format($"#{id} {language.Pick("đã bị huỷ; không sửa được nữa.", "was cancelled and can no longer be changed.")}")),
            { IsDraft: true } => await desk.DrawAsync(context, record, replaces: false, ct),
            _ => await desk.OpenForEditAsync(context, record, ct),
        };
    }
}
