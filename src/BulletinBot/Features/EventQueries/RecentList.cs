using System.Globalization;
using BulletinBot.Articles;
using BulletinBot.Chat;
using BulletinBot.Features.Events;

namespace BulletinBot.Features.EventQueries;

/// <summary>
/// Conferences held, newest first, with delegates, provinces and place, a page at a time; its ◀ ▶ buttons
/// ("rc:2:30d") carry the scope, so a press re-reads the list as it is now.
/// </summary>
public sealed class RecentList(EventCatalog catalog, ProvinceDirectory provinces, OfficeDay office) : IButtonAction
{
    public ButtonInfo Info { get; } = new("rc", Role.Organizer, "/recent");

    public static string Data(RecentScope scope, int page) => $"rc:{page.ToString(CultureInfo.InvariantCulture)}:{scope.Key}";

    public Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var parts = context.Args.Split(':', 2);
        return parts.Length == 2 && ListMessage.PageOf(parts[0]) is { } page && RecentScope.Read(parts[1], provinces, out _) is { } scope
            ? PageAsync(scope, page, context.Language, replaces: true, ct)
            : Task.FromResult(RouterReplies.StaleButton(Info.ReopenWith, context.Language));
    }

    public async Task<Reply> PageAsync(RecentScope scope, int page, Language language, bool replaces, CancellationToken ct)
    {
        var today = office.Today;
        var filter = new HeldEvents(today, scope.Days is { } days ? today.AddDays(-days) : null, scope.Province?.CurrentName, scope.Newest);
        var (found, shown, note) = await ListMessage.ReadAsync(page, offset => catalog.HeldAsync(filter, offset, ListMessage.PageSize, ct), language);
        page = shown;

        var merged = scope.Province is { } place && place.Name != place.CurrentName
            ? Html.Format($"{place.Name} {language.Pick("nay thuộc", "is now part of")} {place.CurrentName}: {language.Pick($"đây là các sự kiện tại {place.CurrentName}.", $"these are the events in {place.CurrentName}.")}")
            : (Html?)null;
        note = (merged, note) switch
        {
            ({ } a, { } b) => a + Html.Trusted("\n") + b,
            ({ } a, null) => a,
            _ => note,
        };

        if (found.Events.Count == 0)
        {
            var nothing = Html.Format($"{language.Pick("Chưa có hội nghị nào đã tổ chức", "No conference held")} {Describe(scope, language)}.");
            return new Reply(note is { } said ? said + Html.Trusted("\n") + nothing : nothing, [], replaces);
        }

        var heading = Html.Format($"🗂 <b>{language.Pick("Hội nghị đã tổ chức", "Conferences held")}</b> · {Describe(scope, language)} · {EventText.Number(found.Total)} {language.Pick("sự kiện", found.Total == 1 ? "event" : "events")}");
        return ListMessage.Draw(heading, [.. found.Events.Select(e => EventLines.Held(e, language))], page, found.Total, p => Data(scope, p), language, replaces, note);
    }

    private static string Describe(RecentScope scope, Language language) => scope switch
    {
        { Province: { } place } => $"{language.Pick("tại", "in")} {place.CurrentName}",
        { Days: { } days } => language.Pick($"trong {days} ngày qua", $"in the last {days} days"),
        _ => language.Pick($"{scope.Newest ?? RecentScope.DefaultNewest} gần nhất", $"the latest {scope.Newest ?? RecentScope.DefaultNewest}"),
    };
}
