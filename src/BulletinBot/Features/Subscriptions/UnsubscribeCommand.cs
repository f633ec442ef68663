using BulletinBot.Chat;

namespace BulletinBot.Features.Subscriptions;

/// <summary>/unsubscribe stops every notice; /unsubscribe &lt;filter&gt; drops just that filter.</summary>
public sealed class UnsubscribeCommand(SubscriptionStore store, FilterReader filters) : IChatCommand
{
    public CommandInfo Info { get; } = new("unsubscribe", Role.Staff, "/unsubscribe",
        "Ngừng nhận thông báo (hoặc bỏ một bộ lọc)", "Stop notices (or drop one filter)")
    {
        Order = 20,
        Featured = true,
        ChangesChat = true,
    };

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        if (context.Args.Length > 0)
        {
            var reading = filters.ReadOne(context.Args.Length > FilterReader.MaxLength ? context.Args[..FilterReader.MaxLength] : context.Args);
            var removed = reading.Filter is { } filter && await store.RemoveAsync(context.ChatId, filter.Key, ct);
            return Reply.With(removed
                ? Html.Format($"✅ {language.Pick("Đã bỏ bộ lọc", "Filter removed")}: {reading.Filter?.Label}. {language.Pick("Xem các bộ lọc còn lại trong /settings.", "See the remaining filters in /settings.")}")
                : Html.Format($"""
                    {language.Pick("Bạn không có bộ lọc", "You have no filter")} "{Html.Excerpt(context.Args)}". {language.Pick("Xem bộ lọc trong /settings, hoặc gõ", "See your filters in /settings, or type")} <code>/unsubscribe</code> {language.Pick("để ngừng nhận tất cả.", "to stop everything.")}
                    """));
        }

        var count = await store.RemoveAllAsync(context.ChatId, ct);
        return Reply.With(Html.Trusted(count > 0
            ? language.Pick(
                "Đã hủy đăng ký. Bạn sẽ không nhận thông báo nữa. Gõ /subscribe để đăng ký lại.",
                "Unsubscribed. You will get no more notices. Type /subscribe to subscribe again.")
            : language.Pick(
                "Bạn chưa đăng ký nên không có gì để hủy. Gõ /subscribe để đăng ký.",
                "You were not subscribed, so nothing changed. Type /subscribe to subscribe.")));
    }
}
