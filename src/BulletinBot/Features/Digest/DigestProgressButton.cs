using System.Text.RegularExpressions;
using BulletinBot.Chat;

namespace BulletinBot.Features.Digest;

/// <summary>"dgp:2026-W33": redraws, in place, how far this week's digests have got.</summary>
public sealed partial class DigestProgressButton(DigestSender sender) : IButtonAction
{
    public ButtonInfo Info { get; } = new("dgp", Role.Admin, "/digest now");

    public static IReadOnlyList<ReplyButton> Row(string week, Language language) =>
        [new ReplyButton("🔄 " + language.Pick("Tiến độ", "Progress"), "dgp:" + week)];

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        if (!Week().IsMatch(context.Args))
        {
            return RouterReplies.StaleButton(Info.ReopenWith, language);
        }

        var tally = await sender.ProgressAsync(context.Args, ct);
        var percent = tally.Total == 0 ? 100 : (tally.Sent + tally.Failed) * 100 / tally.Total;
        var state = tally.Waiting == 0 ? "✅ " + language.Pick("Đã gửi xong", "Finished") : "📤 " + language.Pick("Đang gửi", "Sending");
        return new Reply(Html.Format($"{state} {language.Pick("bản tin tuần", "weekly digest")} {context.Args}: {tally.Sent}/{tally.Total} {language.Pick("đã nhận", "delivered")} ({percent}%) · {language.Pick("lỗi", "failed")} {tally.Failed} · {language.Pick("chờ", "waiting")} {tally.Waiting}"),
            [Row(context.Args, language)], ReplacesPressedMessage: true);
    }

    [GeneratedRegex(@"^\d{4}-W\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Week();
}
