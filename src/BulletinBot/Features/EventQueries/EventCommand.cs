using BulletinBot.Chat;
using BulletinBot.Features.Events;

namespace BulletinBot.Features.EventQueries;

/// <summary>/event &lt;id&gt;: an event's full card, with a button to add it to one's calendar.</summary>
public sealed class EventCommand(EventDetails details) : IChatCommand
{
    public CommandInfo Info { get; } = new("event", Role.Staff, "/event 12", "Xem đầy đủ một sự kiện", "See one event in full") { Order = 21 };

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        if (EventId.Parse(context.Args) is not { } id)
        {
            return Reply.With(Html.Format($"""
                {language.Pick("Cần số của sự kiện (số sau dấu # trong /upcoming hay /search).", "Give the event's number (the one after # in /upcoming or /search).")}
                {language.Pick("Ví dụ:", "Example:")} <code>{Info.Example}</code>
                """));
        }

        return await details.ShowAsync(context, id, ct);
    }
}
