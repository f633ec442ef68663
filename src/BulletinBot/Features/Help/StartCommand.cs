using BulletinBot.Chat;

namespace BulletinBot.Features.Help;

public sealed class StartCommand : IChatCommand
{
    public CommandInfo Info { get; } = new("start", Role.Staff, "/start",
        "Giới thiệu bot", "What this bot does");

    public Task<Reply> HandleAsync(CommandContext context, CancellationToken ct) =>
        Task.FromResult(Reply.With(Html.Trusted(context.Language.Pick(
            """
            👋 <b>Xin chào! Đây là BulletinBot</b> — bản tin hội nghị, tập huấn của cơ quan.

            Bot gửi thông báo khi có hội nghị mới, bản tin tổng hợp hằng tuần và lời nhắc trước mỗi sự kiện.

            Thử các lệnh:
            /subscribe — nhận thông báo
            /settings — ngôn ngữ và cài đặt
            /unsubscribe — ngừng nhận
            /help — tất cả các lệnh
            """,
            """
            👋 <b>Hello! This is BulletinBot</b> — your office's conference and training bulletin.

            It sends a notice when a conference is announced, a weekly digest, and a reminder before each event.

            Try:
            /subscribe — get notices
            /settings — language and settings
            /unsubscribe — stop notices
            /help — every command
            """))));
}
