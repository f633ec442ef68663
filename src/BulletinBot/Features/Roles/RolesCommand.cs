using System.Globalization;
using BulletinBot.Chat;
using BulletinBot.Chat.Roles;
using BulletinBot.Data;
using Microsoft.Extensions.Options;

namespace BulletinBot.Features.Roles;

/// <summary>/roles: who is an admin or organizer, and the latest role changes (who, whom, what, when).</summary>
public sealed class RolesCommand(RoleStore roles, IOptions<BotOptions> options) : IChatCommand
{
    private const int ChangesShown = 10;

    public CommandInfo Info { get; } = new("roles", Role.Admin, "/roles",
        "Ai có quyền gì, và lịch sử cấp quyền", "Who holds which role, and the role history") { Order = 62 };

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        var zone = options.Value.Zone();
        var admins = options.Value.Admins.Select(a => Html.Format($"• {a}"));
        var granted = await roles.GrantedAsync(ct);
        var organizers = granted.Count == 0
            ? [Html.Trusted(language.Pick("• (chưa có)", "• (none yet)"))]
            : granted.Select(g => Html.Format($"• {RoleText.Person(g.UserId, g.Username)}"));
        var changes = await roles.RecentChangesAsync(ChangesShown, ct);
        var history = changes.Count == 0
            ? [Html.Trusted(language.Pick("• (chưa có thay đổi)", "• (no changes yet)"))]
            : changes.Select(c => Html.Format(
                $"• {When(c.At, zone)} {RoleText.Person(c.ActorUserId, c.ActorUsername)} {Verb(c.Change, language)} {RoleText.Person(c.TargetUserId, c.TargetUsername)}"));

        return Reply.With(
            Html.Trusted($"<b>{language.Pick("Quản trị viên (cấu hình)", "Admins (configuration)")}</b>\n") + Html.Join("\n", admins)
            + Html.Trusted($"\n\n<b>{language.Pick("Người tổ chức", "Organizers")}</b>\n") + Html.Join("\n", organizers)
            + Html.Trusted($"\n\n<b>{language.Pick("Thay đổi gần đây", "Recent changes")}</b>\n") + Html.Join("\n", history));
    }

    private static string When(long at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(UnixTime.From(at), zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string Verb(string change, Language language) => change == "grant"
        ? language.Pick("cấp quyền người tổ chức cho", "granted organizer to")
        : language.Pick("thu hồi quyền của", "revoked the role of");
}
