using BulletinBot.Chat;

namespace BulletinBot.Features.Subscriptions;

/// <summary>
/// /subscribe: every notice, or only those about a province (any current or former name), a region or topic words.
/// Each reply says what changed and what the chat now receives.
/// </summary>
public sealed class SubscribeCommand(SubscriptionStore store, FilterReader filters) : IChatCommand
{
    public CommandInfo Info { get; } = new("subscribe", Role.Staff, "/subscribe Hà Giang",
        "Nhận thông báo (tất cả, hoặc theo tỉnh, miền, chủ đề)", "Get notices (all, or by province, region, topic)")
    {
        Order = 10,
        Featured = true,
        ChangesChat = true,
    };

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        if (context.Args.Length == 0)
        {
            return await EverythingAsync(context, ct);
        }

        if (context.Args.Length > FilterReader.MaxLength)
        {
            return Reply.With(Html.Format($"""
                {language.Pick("Bộ lọc quá dài", "That filter is too long")} ({context.Args.Length} {language.Pick("ký tự; tối đa", "characters; at most")} {FilterReader.MaxLength}).
                {language.Pick("Ví dụ:", "Example:")} <code>/subscribe Hà Giang, miền Trung</code>
                """));
        }

        var readings = filters.Read(context.Args);
        if (readings.FirstOrDefault(r => r.Filter is null) is { } unknown)
        {
            return SubscriptionText.UnknownFilter(unknown, language);
        }

        var added = new List<string>();
        foreach (var filter in readings.Select(r => r.Filter).OfType<SubscriptionFilter>())
        {
            if (await store.AddAsync(context.ChatId, filter, ct))
            {
                added.Add(filter.Label);
            }
        }

        // A filter narrows what the chat receives, so "everything" gives way to it.
        var narrowed = added.Count > 0 && await store.RemoveAsync(context.ChatId, SubscriptionFilter.Everything, ct);
        var now = await store.ListAsync(context.ChatId, ct);
        return Reply.With(SubscriptionText.FiltersAdded(added, narrowed, now, language));
    }

    private async Task<Reply> EverythingAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        var current = await store.ListAsync(context.ChatId, ct);
        if (current.Count > 0 && !current.Any(s => s.IsEverything))
        {
            return Reply.With(SubscriptionText.HasFiltersOnly(current, language),
                new[] { new ReplyButton(language.Pick("Nhận tất cả thông báo", "Get every notice"), SubscribeButton.Everything) });
        }

        return Reply.With(await store.AddAsync(context.ChatId, new SubscriptionFilter(SubscriptionFilter.Everything, ""), ct)
            ? SubscriptionText.SubscribedToEverything(language)
            : Html.Trusted(language.Pick(
                "Bạn đã đăng ký từ trước, không có gì thay đổi. Gõ /settings để xem cài đặt.",
                "You were already subscribed; nothing changed. Type /settings to see your settings.")));
    }
}
