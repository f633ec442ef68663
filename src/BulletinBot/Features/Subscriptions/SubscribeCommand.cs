using BulletinBot.Chat;

namespace BulletinBot.Features.Subscriptions;

public sealed class SubscribeCommand(SubscriptionStore store) : IChatCommand
{
    public CommandInfo Info { get; } = new("subscribe", Role.Staff, "/subscribe",
        "Nhận thông báo hội nghị, tập huấn", "Get conference and training notices");

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        if (context.Args.Length > 0)
        {
            return Reply.With(Html.Format($"""
                {language.Pick("Hiện bot gửi mọi thông báo cho người đăng ký; chưa lọc được theo", "For now every subscriber gets every notice; I can't filter by")} "{context.Args}".
                {language.Pick("Gõ đúng:", "Type:")} <code>/subscribe</code>
                """));
        }

        var added = await store.AddAsync(context.ChatId, "", ct);
        return Reply.With(Html.Trusted(added
            ? language.Pick(
                "✅ Đã đăng ký. Bạn sẽ nhận thông báo hội nghị, tập huấn và lời nhắc trước sự kiện.\nGõ /unsubscribe để hủy bất cứ lúc nào.",
                "✅ Subscribed. You will get conference and training notices and reminders before events.\nType /unsubscribe to stop at any time.")
            : language.Pick(
                "Bạn đã đăng ký từ trước, không có gì thay đổi. Gõ /settings để xem cài đặt.",
                "You were already subscribed; nothing changed. Type /settings to see your settings.")));
    }
}
