namespace BulletinBot.Chat;

/// <summary>The router's own answers; each says what was wrong and what to type instead, from the command table.</summary>
public static class RouterReplies
{
    public static Reply Unknown(string name, string? closest, IEnumerable<CommandInfo> featured, Language language)
    {
        var guess = closest is null
            ? Html.Empty
            : Html.Format($"{language.Pick("Có phải bạn muốn gõ", "Did you mean")} /{closest}?\n");
        return Reply.With(Html.Format($"{language.Pick("Bot chưa hiểu lệnh", "I don't know the command")} /{name}.\n")
            + guess + Html.Format($"{language.Pick("Thử:", "Try:")} ") + Listed(featured));
    }

    public static Reply NotACommand(IEnumerable<CommandInfo> featured, Language language) => Reply.With(
        Html.Trusted(language.Pick("Bot nhận lệnh bắt đầu bằng dấu /. Thử: ", "I answer commands that start with /. Try: "))
        + Listed(featured));

    public static Reply NotAllowed(CommandInfo command, Language language) => Reply.With(Html.Format($"""
        /{command.Name} {language.Pick("chỉ dành cho", "is only for")} {RoleName(command.Role, language)}.
        {language.Pick("Nếu bạn cần quyền này, hãy nhờ quản trị viên của bot cấp quyền.", "If you need it, ask one of the bot's admins to grant you the role.")}
        """));

    /// <summary>Answered on the button itself; the chat is not filled with refusals.</summary>
    public static Reply ButtonNotAllowed(Role role, Language language) => Notice(
        $"{language.Pick("Nút này chỉ dành cho", "This button is only for")} {RoleName(role, language)}.");

    public static Reply PrivateOnly(CommandInfo command, string botUsername, Language language)
    {
        var where = botUsername.Length > 0 ? "@" + botUsername : "bot";
        return Reply.With(Html.Format($"""
            /{command.Name} {language.Pick("chỉ dùng trong tin nhắn riêng với", "works only in a private chat with")} {where}.
            {language.Pick("Ví dụ:", "Example:")} <code>{command.Example}</code>
            """));
    }

    public static Reply GroupAdminsOnly(Language language) => Reply.With(Html.Trusted(language.Pick(
        "Chỉ quản trị viên của nhóm mới thay đổi được việc nhận tin của cả nhóm. Bạn có thể nhắn riêng cho bot để đăng ký cho mình.",
        "Only the group's administrators can change what the whole group receives. Message the bot privately to subscribe yourself.")));

    public static Reply GroupAdminsOnlyNotice(Language language) => Notice(language.Pick(
        "Chỉ quản trị viên của nhóm mới đổi được cài đặt của nhóm.",
        "Only the group's administrators can change the group's settings."));

    public static Reply StaleButton(string? reopenWith, Language language) => Reply.With(reopenWith is null
        ? Html.Trusted(language.Pick("Nút này đã cũ và không còn dùng được.", "That button is out of date and no longer works."))
        : Html.Format($"{language.Pick("Nút này đã cũ. Gõ", "That button is out of date. Type")} {reopenWith} {language.Pick("để mở lại.", "to open it again.")}"));

    public static string RoleName(Role role, Language language) => role switch
    {
        Role.Admin => language.Pick("quản trị viên", "admins"),
        Role.Organizer => language.Pick("người tổ chức", "organizers"),
        _ => language.Pick("mọi người", "everyone"),
    };

    private static Reply Notice(string text) => new(Html.Empty, [], ButtonNotice: text);

    private static Html Listed(IEnumerable<CommandInfo> commands) =>
        Html.Join(", ", commands.Select(c => Html.Format($"<code>/{c.Name}</code>")));
}
