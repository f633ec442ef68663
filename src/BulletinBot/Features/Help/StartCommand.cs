using BulletinBot.Chat;

namespace BulletinBot.Features.Help;

/// <summary>The greeting: what the bot does, and the few commands a newcomer should try, from the router's table.</summary>
public sealed class StartCommand(Lazy<CommandRouter> router) : IChatCommand
{
    public CommandInfo Info { get; } = new("start", Role.Staff, "/start", "Giới thiệu bot", "What this bot does") { Order = 0 };

    public Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        var intro = Html.Trusted(language.Pick(
            """
            👋 <b>Xin chào! Đây là BulletinBot</b> — bản tin hội nghị, tập huấn của cơ quan.

            Bot gửi thông báo khi có hội nghị mới, bản tin tổng hợp hằng tuần và lời nhắc trước mỗi sự kiện.

            Thử các lệnh:
            """,
            """
            👋 <b>Hello! This is BulletinBot</b> — your office's conference and training bulletin.

            It sends a notice when a conference is announced, a weekly digest, and a reminder before each event.

            Try:
            """));
        var lines = router.Value.Featured.Select(c => Html.Format($"/{c.Name} — {c.Describe(language)}"));
        return Task.FromResult(Reply.With(intro + Html.Trusted("\n") + Html.Join("\n", lines)));
    }
}
