using System.Globalization;
using BulletinBot.Chat;
using BulletinBot.Data;
using BulletinBot.Delivery;
using BulletinBot.Features.Digest;
using BulletinBot.Features.Reminders;
using Microsoft.Extensions.Options;

namespace BulletinBot.Features.Admin;

/// <summary>
/// /deliveries: the last broadcasts with their counts, this week's failures by reason, and the reminders and digests
/// that were due but skipped (the bot was down past the grace period, or the event had started).
/// </summary>
public sealed class DeliveriesCommand(
    BroadcastReportStore reports, ReminderStore reminders, DigestStore digests, IOptions<BotOptions> options, TimeProvider time) : IChatCommand
{
    private const int Shown = 10;

    public CommandInfo Info { get; } = new("deliveries", Role.Admin, "/deliveries",
        "Các lượt gửi gần đây và lỗi", "Recent broadcasts and failures") { Order = 50 };

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        var recent = await reports.RecentAsync(Shown, ct);
        var skipped = await SkippedAsync(language, ct);
        if (recent.Count == 0)
        {
            return Reply.With(Html.Trusted(language.Pick("Chưa có lượt gửi nào.", "Nothing has been broadcast yet.")) + skipped);
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
            + Html.Join("\n", failureLines)
            + skipped;
        return Reply.With(text);
    }

    /// <summary>`• 16/08 07:00 · #17 Hội nghị… (1h): bot không chạy lúc đến giờ…`, or nothing when none was skipped this week.</summary>
    private async Task<Html> SkippedAsync(Language language, CancellationToken ct)
    {
        var zone = options.Value.Zone();
        var since = time.GetUtcNow().AddDays(-7);
        var lines = (await reminders.SkippedAsync(since, Shown, ct)).Select(r =>
        {
            var which = r.Which == "personal" ? language.Pick("nhắc riêng", "personal") : r.Which;
            return Html.Format($"• {Day(r.DueAt, zone)} · #{r.EventId} {Clip(r.Title)} ({which}): {SkipReason.Describe(r.Reason, language)}");
        }).Concat((await digests.SkippedAsync(since, Shown, ct)).Select(d =>
            Html.Format($"• {Day(d.DueAt, zone)} · {language.Pick("bản tin tuần", "weekly digest")} {d.Week} ({d.Slot}): {SkipReason.Describe(d.Reason, language)}"))).ToList();
        return lines.Count == 0
            ? Html.Empty
            : Html.Trusted($"\n\n<b>{language.Pick("Nhắc và bản tin bị bỏ qua 7 ngày qua", "Reminders and digests skipped in the last 7 days")}</b>\n") + Html.Join("\n", lines);
    }

    private static string Day(long unixMs, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(UnixTime.From(unixMs), zone).ToString("dd/MM HH:mm", CultureInfo.InvariantCulture);

    private static string Clip(string title) => title.Length <= 40 ? title : title[..40] + "…";
}
