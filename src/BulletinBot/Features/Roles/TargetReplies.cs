using BulletinBot.Chat;

namespace BulletinBot.Features.Roles;

/// <summary>What /grant and /revoke answer when the person they name cannot be found.</summary>
public static class TargetReplies
{
    public static Reply NotFound(string typed, TargetLookup lookup, Language language, string example) => Reply.With(lookup.Username is { } name
        ? Html.Format($"""
            {language.Pick("Bot chưa gặp", "I haven't met")} @{name}: {language.Pick("người này cần nhắn /start cho bot trước, hoặc bạn dùng ID số của họ (họ xem bằng /whoami).", "they need to send /start to the bot first, or use their numeric id (they can see it with /whoami).")}
            {language.Pick("Ví dụ:", "Example:")} <code>{example}</code>
            """)
        : Html.Format($"""
            "{Html.Excerpt(typed)}" {language.Pick("không phải ID Telegram hay @tên người dùng.", "is neither a Telegram id nor a @username.")}
            {language.Pick("Ví dụ:", "Example:")} <code>{example}</code>
            """));
}
