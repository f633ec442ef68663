using BulletinBot.Chat;

namespace BulletinBot.Features.Roles;

/// <summary>/whoami: the sender's role and numeric id, which an admin needs to grant a role.</summary>
public sealed class WhoAmICommand : IChatCommand
{
    public CommandInfo Info { get; } = new("whoami", Role.Staff, "/whoami", "Xem vai trò của bạn", "See your role") { Order = 80 };

    public Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        var request = context.Request;
        var name = request.UserName is { Length: > 0 } username ? " (@" + username + ")" : "";
        var next = context.Role switch
        {
            Role.Admin => language.Pick("Bạn có thể cấp quyền: <code>/grant @ten organizer</code>", "You can grant roles: <code>/grant @name organizer</code>"),
            Role.Organizer => language.Pick("Bạn có thể đăng sự kiện: <code>/post</code>", "You can post events: <code>/post</code>"),
            _ => language.Pick("Muốn đăng sự kiện? Gửi ID này cho quản trị viên của bot.", "Want to post events? Send this id to one of the bot's admins."),
        };
        return Task.FromResult(Reply.With(Html.Format($"""
            {language.Pick("Vai trò", "Role")}: <b>{RoleText.Name(context.Role, language)}</b>
            {language.Pick("ID Telegram", "Telegram id")}: <code>{request.UserId}</code>{name}
            """) + Html.Trusted("\n" + next)));
    }
}
