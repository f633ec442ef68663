namespace BulletinBot.Chat;

/// <summary>The router's own answers; each says what was wrong and what to type instead.</summary>
public static class RouterReplies
{
    public static Reply Unknown(string name, Language language) => Reply.With(Html.Format($"""
        {language.Pick("Bot chưa hiểu lệnh", "I don't know the command")} /{name}.
        {language.Pick("Gõ /help để xem các lệnh, ví dụ:", "Type /help to see every command, for example:")} <code>/subscribe</code>
        """));

    public static Reply NotACommand(Language language) => Reply.With(Html.Trusted(language.Pick(
        "Bot nhận lệnh bắt đầu bằng dấu /. Ví dụ: <code>/subscribe</code> để nhận thông báo hội nghị, <code>/help</code> để xem tất cả các lệnh.",
        "I answer commands that start with /. For example <code>/subscribe</code> to get conference notices, <code>/help</code> for every command.")));

    public static Reply NotAllowed(CommandInfo command, Language language) => Reply.With(Html.Format($"""
        /{command.Name} {language.Pick("chỉ dành cho", "is only for")} {RoleName(command.Role, language)}.
        {language.Pick("Gõ /help để xem các lệnh bạn dùng được.", "Type /help to see the commands you can use.")}
        """));

    public static Reply StaleButton(Language language) => Reply.With(Html.Trusted(language.Pick(
        "Nút này đã cũ. Gõ /settings để mở lại cài đặt.",
        "That button is out of date. Type /settings to open the settings again.")));

    public static string RoleName(Role role, Language language) => role switch
    {
        Role.Admin => language.Pick("quản trị viên", "admins"),
        Role.Organizer => language.Pick("người tổ chức", "organizers"),
        _ => language.Pick("mọi người", "everyone"),
    };
}
