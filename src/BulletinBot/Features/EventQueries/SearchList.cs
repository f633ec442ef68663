using System.Globalization;
using BulletinBot.Chat;
using BulletinBot.Features.Events;

namespace BulletinBot.Features.EventQueries;

/// <summary>
/// The events a search found, best first, a page at a time; a list longer than a page keeps its words under a short id
/// for its ◀ ▶ buttons ("sr:17:2"), and a press searches again, so an edit or a cancellation shows at once.
/// </summary>
public sealed class SearchList(EventCatalog catalog, SearchTermStore searches) : IButtonAction
{
    public ButtonInfo Info { get; } = new("sr", Role.Staff, "/search");

    public static string Data(long searchId, int page) =>
        $"sr:{searchId.ToString(CultureInfo.InvariantCulture)}:{page.ToString(CultureInfo.InvariantCulture)}";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var parts = context.Args.Split(':');
        if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && ListMessage.PageOf(parts[1]) is { } page && await searches.FindAsync(id, ct) is { } terms)
        {
            return await PageAsync(terms, id, page, context.Language, replaces: true, ct);
        }

        return RouterReplies.StaleButton(Info.ReopenWith, context.Language);
    }

    /// <param name="searchId">The search's id when it was kept already; null for a new search, kept only if it needs pages.</param>
    public async Task<Reply> PageAsync(SearchTerms terms, long? searchId, int page, Language language, bool replaces, CancellationToken ct)
    {
        var (found, shown, note) = await ListMessage.ReadAsync(
            page, offset => catalog.SearchAsync(terms.MatchQuery, offset, ListMessage.PageSize, ct), language, EventCatalog.SearchCandidates);
        page = shown;

        var asked = Html.Trusted("«") + Html.Excerpt(terms.Text, 60) + Html.Trusted("»");
        if (found.Events.Count == 0)
        {
            return new Reply(Html.Format($"🔎 {language.Pick("Không tìm thấy sự kiện nào có", "No event has")} ") + asked
                + Html.Trusted(language.Pick(
                    ".\nThử ít từ hơn hoặc một từ khác; xem các sự kiện sắp tới: /upcoming",
                    ".\nTry fewer or other words; see what is coming up: /upcoming")), [], replaces);
        }

        var id = searchId ?? (found.Total > ListMessage.PageSize ? await searches.SaveAsync(terms, ct) : 0);
        var total = Math.Min(found.Total, EventCatalog.SearchCandidates);
        if (found.Total > total)
        {
            var narrow = Html.Format($"{language.Pick($"Chỉ xếp hạng {total} sự kiện khớp mới đăng nhất; thêm từ để thu hẹp.", $"Only the {total} latest matches are ranked; add words to narrow it down.")}");
            note = note is { } changed ? narrow + Html.Trusted("\n") + changed : narrow;
        }

        var heading = Html.Format($"🔎 <b>{language.Pick("Kết quả cho", "Results for")}</b> ") + asked
            + Html.Format($" · {EventText.Number(total)}{(found.Total > total ? "+" : "")} {language.Pick("sự kiện", found.Total == 1 ? "event" : "events")}");
        return ListMessage.Draw(heading, [.. found.Events.Select(e => EventLines.Found(e, terms, language))], page, total, p => Data(id, p), language, replaces, note);
    }
}
