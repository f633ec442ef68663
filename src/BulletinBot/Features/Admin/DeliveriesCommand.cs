using System.Globalization;
using BulletinBot.Chat;
using BulletinBot.Data;
using BulletinBot.Delivery;
using Microsoft.Extensions.Options;

namespace BulletinBot.Features.Admin;

/// <summary>/deliveries: the last broadcasts with their counts, and this week's failures by reason.</summary>
public sealed class DeliveriesCommand(BroadcastReportStore reports, IOptions<BotOptions> options, TimeProvider time) : IChatCommand
{
    private const int Shown = 10;

    public CommandInfo Info { get; } = new("deliveries", Role.Admin, "/deliveries",
        "Các lượt gửi gần đây và lỗi", "Recent broadcasts and failures") { Order = 50 };

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        var recent = await reports.RecentAsync(Shown, ct);
        if (recent.Count == 0)
        {
            return Reply.With(Html.Trusted(language.Pick("Chưa có lượt gửi nào.", "Nothing has been broadcast yet.")));
        }

        var zone = options.Value.Zone();
        var lines = recent.Select(b =>
        {
            var at = TimeZoneInfo.ConvertTime(UnixTime.From(b.CreatedAt), zone).ToString("dd/MM HH:mm", CultureInfo.InvariantCulture);
            var waiting = b.Total - b.Settled;
            return Html.Format($"#{b.Id} {b.Kind} · {at} · {language.Pick("đã gửi", "sent")} {BroadcastProgressText.Number(b.Sent)}/{BroadcastProgressText.Number(b.Total)} · {language.Pick("lỗi", "failed")} {BroadcastProgressText.Number(b.Failed)} · {language.Pick("chờ", "waiting")} {BroadcastProgressText.Number(waiting)}");
        });
        var failures = await reports.FailuresAsync(null, time.GetUtcNow().AddDays(-7), ct);
        var failureLines = failures.Count == 0
            ? [Html.Trusted(language.Pick("Không có lỗi trong 7 ngày qua.", "No failures in the last 7 days."))]
            : failures.Select(f => Html.Format($"• {f.Reason}: {BroadcastProgressText.Number(f.Count)}"));

        var text = Html.Trusted($"<b>{language.Pick("Lượt gửi gần đây", "Recent broadcasts")}</b>\n")
            + Html.Join("\n", lines)
            + Html.Trusted($"\n\n<b>{language.Pick("Lỗi 7 ngày qua, theo lý do", "Failures in the last 7 days, by reason")}</b>\n")
            + Html.Join("\n", failureLines);
        return Reply.With(text);
    }
}
