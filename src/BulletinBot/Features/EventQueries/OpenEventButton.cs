using System.Globalization;
using BulletinBot.Chat;
using BulletinBot.Features.Events;

namespace BulletinBot.Features.EventQueries;

/// <summary>The #id buttons under a list ("see:12"): the event's card as a new message, the list staying where it is.</summary>
public sealed class OpenEventButton(EventDetails details) : IButtonAction
{
    public ButtonInfo Info { get; } = new("see", Role.Staff, "/upcoming");

    public static string Data(long id) => "see:" + id.ToString(CultureInfo.InvariantCulture);

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct) =>
        EventId.Parse(context.Args) is { } id
            ? await details.ShowAsync(context, id, ct)
            : RouterReplies.StaleButton(Info.ReopenWith, context.Language);
}
