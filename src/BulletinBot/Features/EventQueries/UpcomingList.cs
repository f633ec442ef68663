using System.Globalization;
using BulletinBot.Chat;
using BulletinBot.Features.Events;

namespace BulletinBot.Features.EventQueries;

/// <summary>The events coming up, soonest first, a page at a time; its ◀ ▶ buttons ("up:2") turn the page in place.</summary>
public sealed class UpcomingList(EventCatalog catalog, OfficeDay office) : IButtonAction
{
    public ButtonInfo Info { get; } = new("up", Role.Staff, "/upcoming");

    public static string Data(int page) => "up:" + page.ToString(CultureInfo.InvariantCulture);

    public Task<Reply> HandleAsync(CommandContext context, CancellationToken ct) => ListMessage.PageOf(context.Args) is { } page
        ? PageAsync(page, context.Language, replaces: true, ct)
        : Task.FromResult(RouterReplies.StaleButton(Info.ReopenWith, context.Language));

    public async Task<Reply> PageAsync(int page, Language language, bool replaces, CancellationToken ct)
    {
        var today = office.Today;
        var (found, shown, note) = await ListMessage.ReadAsync(page, offset => catalog.UpcomingAsync(today, offset, ListMessage.PageSize, ct), language);
        page = shown;

        if (found.Events.Count == 0)
        {
            return new Reply(Html.Trusted(language.Pick(
                "Chưa có sự kiện nào sắp tới. Tìm sự kiện đã qua: <code>/search hội nghị</code>",
                "Nothing is coming up yet. To find past events: <code>/search hội nghị</code>")), [], replaces);
        }

        var heading = Html.Format($"📅 <b>{language.Pick("Sự kiện sắp tới", "Coming up")}</b> · {EventText.Number(found.Total)} {language.Pick("sự kiện", found.Total == 1 ? "event" : "events")}");
        return ListMessage.Draw(heading, [.. found.Events.Select(e => EventLines.Upcoming(e, language))], page, found.Total, Data, language, replaces, note);
    }
}
