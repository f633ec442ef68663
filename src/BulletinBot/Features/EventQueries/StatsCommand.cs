using BulletinBot.Chat;
using BulletinBot.Delivery;
using BulletinBot.Features.Events;
using BulletinBot.Features.Subscriptions;

namespace BulletinBot.Features.EventQueries;

/// <summary>/stats: who receives notices, events held and coming this month and year, delegates by region, and this week's sending.</summary>
public sealed class StatsCommand(EventCatalog catalog, SubscriptionStore subscriptions, BroadcastReportStore deliveries, OfficeDay office, TimeProvider time) : IChatCommand
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    public CommandInfo Info { get; } = new("stats", Role.Admin, "/stats", "Số liệu: người nhận tin, sự kiện, đại biểu, lượt gửi", "Figures: subscribers, events, delegates, sending") { Order = 51 };

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        var today = office.Today;
        var subscribers = await subscriptions.CountsAsync(ct);
        var events = await catalog.FiguresAsync(today, ct);
        var since = time.GetUtcNow() - Week;
        var sent = await deliveries.CountsSinceAsync(since, ct);
        var failures = await deliveries.FailuresAsync(null, since, ct);

        var lines = new List<Html>
        {
            Html.Format($"📊 <b>{language.Pick("Số liệu", "Figures")}</b> · {EventText.Day(today)}"),
            Html.Format($"👥 {language.Pick("Nhận tin", "Subscribed")}: {N(subscribers.PrivateChats)} {language.Pick("chat riêng", "private chats")} · {N(subscribers.Groups)} {language.Pick("nhóm", "groups")} · {N(subscribers.WithFilters)} {language.Pick("có bộ lọc", "with filters")}"),
            Html.Format($"📅 {language.Pick("Tháng", "Month")} {today.Month}/{today.Year}: {language.Pick("đã tổ chức", "held")} {N(events.HeldThisMonth)} · {language.Pick("sắp tới", "coming")} {N(events.ComingThisMonth)}"),
            Html.Format($"📅 {language.Pick("Năm", "Year")} {today.Year}: {language.Pick("đã tổ chức", "held")} {N(events.HeldThisYear)} · {language.Pick("sắp tới", "coming")} {N(events.ComingThisYear)}"),
        };

        if (events.Regions.Count > 0)
        {
            lines.Add(Html.Format($"🗺 {language.Pick("Đại biểu năm", "Delegates in")} {today.Year}, {language.Pick("theo miền", "by region")}:"));
            lines.AddRange(events.Regions.Select(r => Html.Format(
                $"   • {RegionName(r.Region, language)}: {N(r.Delegates)} {language.Pick("đại biểu", "delegates")} ({N(r.Events)} {language.Pick("sự kiện", "events")})")));
        }

        lines.Add(Html.Format($"📤 {language.Pick("7 ngày qua", "Last 7 days")}: {language.Pick("đã gửi", "sent")} {N(sent.Sent)} · {language.Pick("lỗi", "failed")} {N(sent.Failed)} · {language.Pick("đang chờ", "waiting")} {N(sent.Waiting)}"));
        lines.AddRange(failures.Select(f => Html.Format($"   • {f.Reason}: {N(f.Count)}")));
        lines.Add(Html.Trusted(language.Pick("Chi tiết lượt gửi: /deliveries · danh sách đầy đủ: /export", "Broadcast details: /deliveries · everything as a file: /export")));
        return Reply.With(Html.Join("\n", lines));
    }

    private static string N(long value) => EventText.Number((int)Math.Min(value, int.MaxValue));

    private static string RegionName(string region, Language language) => region.Length == 0
        ? language.Pick("chưa rõ miền", "region not known")
        : language.Pick($"miền {region}", region);
}
