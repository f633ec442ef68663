using BulletinBot.Chat;

namespace BulletinBot.Features.EventQueries;

/// <summary>/upcoming: the next events, soonest first, each with its #id.</summary>
public sealed class UpcomingCommand(UpcomingList list) : IChatCommand
{
    public CommandInfo Info { get; } = new("upcoming", Role.Staff, "/upcoming", "Các sự kiện sắp tới", "Events coming up")
    {
        Order = 20,
        Featured = true,
    };

    public Task<Reply> HandleAsync(CommandContext context, CancellationToken ct) =>
        list.PageAsync(1, context.Language, replaces: false, ct);
}
