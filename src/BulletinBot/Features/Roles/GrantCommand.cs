using BulletinBot.Chat;
using BulletinBot.Chat.Roles;
using BulletinBot.Delivery;

namespace BulletinBot.Features.Roles;

/// <summary>/grant &lt;user id | @username&gt; organizer: lets someone post events. Admins come from configuration only.</summary>
public sealed class GrantCommand(RoleStore roles, UserTarget targets, ChatStore chats, Outbox outbox) : IChatCommand
{
    public CommandInfo Info { get; } = new("grant", Role.Admin, "/grant @lan_nguyen organizer",
        "Cấp quyền người tổ chức", "Grant the organizer role") { Order = 60 };

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        var words = context.Args.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 2)
        {
            return Usage(language, language.Pick("Cần người nhận quyền và tên quyền.", "Name the person and the role."));
        }

        var role = words.Length == 2 ? words[1].ToLowerInvariant() : RoleNames.Organizer;
        if (role is "admin" or "quantri" or "quản_trị")
        {
            return Usage(language, Html.Trusted(language.Pick(
                "Quản trị viên được đặt trong cấu hình của bot (<code>BulletinBot:Admins</code>), không cấp qua chat. Quyền cấp được: <code>organizer</code>.",
                "Admins are set in the bot's configuration (<code>BulletinBot:Admins</code>), not in chat. The role you can grant is <code>organizer</code>.")));
        }

        if (role is not (RoleNames.Organizer or "tochuc" or "tổ_chức"))
        {
            return Usage(language, Html.Format($"{language.Pick("Không có quyền", "There is no role")} \"{Html.Excerpt(role)}\"."));
        }

        var target = await targets.FindAsync(words[0], ct);
        if (target.UserId is not { } userId)
        {
            return TargetReplies.NotFound(words[0], target, language, Info.Example);
        }

        if (roles.IsConfiguredAdmin(userId))
        {
            return Reply.With(Html.Format($"{RoleText.Person(userId, target.Username)} {language.Pick("đã là quản trị viên; không cần cấp thêm.", "is an admin already; nothing to grant.")}"));
        }

        var person = RoleText.Person(userId, target.Username);
        if (!await roles.GrantOrganizerAsync(context.Request.UserId, userId, ct))
        {
            return Reply.With(Html.Format($"{person} {language.Pick("đã có quyền người tổ chức; không có gì thay đổi.", "is an organizer already; nothing changed.")}"));
        }

        await TellGranteeAsync(userId, ct);
        return Reply.With(Html.Format($"""
            ✅ {person} {language.Pick("nay là người tổ chức: có thể đăng sự kiện bằng /post.", "is now an organizer and can post events with /post.")}
            {language.Pick("Thu hồi:", "To undo:")} <code>/revoke {userId}</code>
            """));
    }

    private async Task TellGranteeAsync(long userId, CancellationToken ct)
    {
        // A private chat exists only if the person has written to the bot; otherwise there is nobody to tell yet.
        if (await chats.FindAsync(userId, ct) is not { IsActive: true } chat)
        {
            return;
        }

        var language = chat.ChatLanguage;
        var text = Html.Trusted(language.Pick(
            "🎉 Bạn được cấp quyền <b>người tổ chức</b>. Gõ /post để đăng sự kiện, hoặc dán một bài báo về hội nghị.",
            "🎉 You are now an <b>organizer</b>. Type /post to post an event, or paste a news article about a conference."));
        await outbox.ReplyAsync(new OutgoingMessage(userId, text, []), ct);
    }

    private Reply Usage(Language language, string problem) => Usage(language, Html.Escape(problem));

    private Reply Usage(Language language, Html problem) => Reply.With(problem + Html.Format($"""

        {language.Pick("Gõ đúng:", "Type:")} <code>{Info.Example}</code> {language.Pick("hoặc", "or")} <code>/grant 123456789 organizer</code>
        """));
}
