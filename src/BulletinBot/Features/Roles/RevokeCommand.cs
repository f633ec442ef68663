using BulletinBot.Chat;
using BulletinBot.Chat.Roles;

namespace BulletinBot.Features.Roles;

/// <summary>/revoke &lt;user&gt;: takes a granted role away; admins named in configuration stay admins.</summary>
public sealed class RevokeCommand(RoleStore roles, UserTarget targets) : IChatCommand
{
    public CommandInfo Info { get; } = new("revoke", Role.Admin, "/revoke @lan_nguyen",
        "Thu hồi quyền người tổ chức", "Take the organizer role away") { Order = 61 };

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        var words = context.Args.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 1)
        {
            return Reply.With(Html.Format($"""
                {language.Pick("Cần đúng một người: ID số hoặc @tên.", "Name exactly one person: a numeric id or a @username.")}
                {language.Pick("Gõ đúng:", "Type:")} <code>{Info.Example}</code>
                """));
        }

        var target = await targets.FindAsync(words[0], ct);
        if (target.UserId is not { } userId)
        {
            return TargetReplies.NotFound(words[0], target, language, Info.Example);
        }

        var person = RoleText.Person(userId, target.Username);
        if (roles.IsConfiguredAdmin(userId))
        {
            return Reply.With(Html.Format($"{person} {language.Pick("là quản trị viên trong cấu hình; bỏ họ khỏi BulletinBot:Admins để thu hồi.", "is an admin in the configuration; remove them from BulletinBot:Admins instead.")}"));
        }

        return Reply.With(await roles.RevokeAsync(context.Request.UserId, userId, ct)
            ? Html.Format($"✅ {person} {language.Pick("không còn là người tổ chức.", "is no longer an organizer.")}")
            : Html.Format($"{person} {language.Pick("không có quyền nào được cấp; không có gì thay đổi.", "had no granted role; nothing changed.")}"));
    }
}
