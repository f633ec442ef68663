using BulletinBot.Chat;

namespace BulletinBot.Features.Subscriptions;

public sealed class UnsubscribeCommand(SubscriptionStore store) : IChatCommand
{
    public CommandInfo Info { get; } = new("unsubscribe", Role.Staff, "/unsubscribe",
        "Ngừng nhận thông báo", "Stop getting notices");

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var removed = await store.RemoveAllAsync(context.ChatId, ct);
        return Reply.With(Html.Trusted(removed > 0
            ? context.Language.Pick(
                "Đã hủy đăng ký. Bạn sẽ không nhận thông báo nữa. Gõ /subscribe để đăng ký lại.",
                "Unsubscribed. You will get no more notices. Type /subscribe to subscribe again.")
            : context.Language.Pick(
                "Bạn chưa đăng ký nên không có gì để hủy. Gõ /subscribe để đăng ký.",
                "You were not subscribed, so nothing changed. Type /subscribe to subscribe.")));
    }
}
