using BulletinBot.Chat;

namespace BulletinBot.Features.Subscriptions;

/// <summary>
/// Buttons offered by /subscribe: "sub:p:&lt;province&gt;" when a typed name was close to one, "sub:all" to drop the
/// filters and get every notice.
/// </summary>
public sealed class SubscribeButton(SubscriptionStore store, FilterReader filters) : IButtonAction
{
    public const string Everything = "sub:all";

    public ButtonInfo Info { get; } = new("sub", Role.Staff, "/subscribe") { ChangesChat = true };

    public static string ForProvince(string name) => "sub:p:" + name;

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        if (context.Args == "all")
        {
            foreach (var row in await store.ListAsync(context.ChatId, ct))
            {
                await store.RemoveAsync(context.ChatId, row.Id, ct);
            }

            await store.AddAsync(context.ChatId, new SubscriptionFilter(SubscriptionFilter.Everything, ""), ct);
            return new Reply(SubscriptionText.SubscribedToEverything(language), [], ReplacesPressedMessage: true);
        }

        if (!context.Args.StartsWith("p:", StringComparison.Ordinal) || filters.ReadOne(context.Args[2..]).Filter is not { } filter)
        {
            return RouterReplies.StaleButton(Info.ReopenWith, language);
        }

        var added = await store.AddAsync(context.ChatId, filter, ct);
        var narrowed = added && await store.RemoveAsync(context.ChatId, SubscriptionFilter.Everything, ct);
        var now = await store.ListAsync(context.ChatId, ct);
        return new Reply(SubscriptionText.FiltersAdded(added ? [filter.Label] : [], narrowed, now, language), [], ReplacesPressedMessage: true);
    }
}
