using BulletinBot.Chat;
using BulletinBot.Features.Subscriptions;

namespace BulletinBot.Features.Digest;

/// <summary>/digest preview shows this chat's digest and sends nothing else; /digest now sends this week's to every subscriber once.</summary>
public sealed class DigestCommand(DigestComposer composer, DigestSender sender, SubscriptionStore subscriptions, TimeProvider time) : IChatCommand
{
    public CommandInfo Info { get; } = new("digest", Role.Admin, "/digest preview",
        "Xem trước hoặc gửi ngay bản tin tuần", "Preview or send the weekly digest now") { Order = 55 };

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        return context.Args.Trim().ToLowerInvariant() switch
        {
            "preview" or "xem" => await PreviewAsync(context, ct),
            "now" or "gửi" or "gui" => await NowAsync(language, ct),
            _ => Reply.With(Html.Format($"""
                {language.Pick("Dùng", "Use")} <code>/digest preview</code> {language.Pick("để xem bản tin tuần của chat này (không gửi cho ai), hoặc", "to see this chat's weekly digest (nothing is sent), or")} <code>/digest now</code> {language.Pick("để gửi bản tin tuần này cho mọi người đăng ký ngay (mỗi chat nhận một lần mỗi tuần).", "to send this week's digest to every subscriber now (each chat gets it once a week).")}
                """)),
        };
    }

    private async Task<Reply> PreviewAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        var now = time.GetUtcNow();
        var week = DigestWeek.Of(now, composer.Zone);
        var subscribed = (await subscriptions.ListAsync(context.ChatId, ct)).Count > 0;
        var digest = subscribed
            ? (await composer.ForSubscribersAsync(now, ct)).GetValueOrDefault(context.ChatId)
            : await composer.EverythingAsync(now, ct);
        var note = subscribed
            ? Html.Empty
            : Html.Trusted(language.Pick("ℹ️ Chat này chưa đăng ký; đây là bản tin của người nhận tất cả.\n\n", "ℹ️ This chat is not subscribed; this is the digest of someone who gets everything.\n\n"));
        if (digest is null || digest.IsEmpty)
        {
            return Reply.With(note + Html.Trusted(language.Pick(
                "Tuần này bản tin của chat này trống: không có sự kiện nào trong 14 ngày tới hay hội nghị mới đăng trong 7 ngày qua khớp bộ lọc, nên sẽ không gửi gì.",
                "This chat's digest is empty this week: no event in the next 14 days and no conference published in the last 7 matches its filters, so nothing will be sent.")));
        }

        return Reply.With(note + DigestText.Compose(digest, week, language));
    }

    private async Task<Reply> NowAsync(Language language, CancellationToken ct)
    {
        var run = await sender.SendNowAsync(ct);
        if (run.Queued == 0)
        {
            return Reply.With(Html.Format($"{language.Pick("Không gửi gì thêm", "Nothing more to send")}: {run.SentBefore} {language.Pick("chat đã nhận bản tin tuần này", "chats have this week's digest already")}. {language.Pick("Mỗi chat nhận bản tin một lần mỗi tuần.", "Each chat gets the digest once a week.")}"),
                DigestProgressButton.Row(run.Week, language));
        }

        return Reply.With(Html.Format($"📤 {language.Pick("Đang gửi bản tin tuần tới", "Sending the weekly digest to")} {run.Queued} chat{language.Pick("", "s")}. {language.Pick("Đã nhận trước đó", "Had it already")}: {run.SentBefore}. {language.Pick("Bấm 🔄 để xem tiến độ.", "Press 🔄 to see the progress.")}"),
            DigestProgressButton.Row(run.Week, language));
    }
}
