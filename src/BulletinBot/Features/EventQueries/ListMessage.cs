using System.Globalization;
using BulletinBot.Chat;
using BulletinBot.Features.Events;

namespace BulletinBot.Features.EventQueries;

/// <summary>
/// A page of a list of events as one message that fits a phone: a heading, ten entries at most, a button to open each
/// entry's card, and ◀ ▶ to turn pages in place.
/// </summary>
public static class ListMessage
{
    public const int PageSize = 10;

    private const int ButtonsPerRow = 5;

    public static int Pages(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    public static int Offset(int page) => (page - 1) * PageSize;

    /// <param name="pageData">The callback data that shows a given page of this same list.</param>
    /// <param name="note">A line under the heading, e.g. that the list changed since the page pressed was drawn.</param>
    public static Reply Draw(
        Html heading, IReadOnlyList<ListEntry> entries, int page, int total, Func<int, string> pageData, Language language, bool replaces, Html? note = null)
    {
        var pages = Pages(total);
        var text = heading;
        if (pages > 1)
        {
            text += Html.Format($" · {language.Pick("trang", "page")} {page}/{pages}");
        }

        if (note is { } line)
        {
            text += Html.Trusted("\n") + line;
        }

        text += Html.Trusted("\n\n") + Html.Join("\n\n", entries.Select(e => e.Text));

        List<IReadOnlyList<ReplyButton>> rows = [.. entries
            .Select(e => new ReplyButton("#" + e.Id.ToString(CultureInfo.InvariantCulture), OpenEventButton.Data(e.Id)))
            .Chunk(ButtonsPerRow)
            .Select(row => (IReadOnlyList<ReplyButton>)row)];
        List<ReplyButton> turns = [];
        if (page > 1)
        {
            turns.Add(new ReplyButton(language.Pick("◀ Trang trước", "◀ Previous"), pageData(page - 1)));
        }

        if (page < pages)
        {
            turns.Add(new ReplyButton(language.Pick("Trang sau ▶", "Next ▶"), pageData(page + 1)));
        }

        if (turns.Count > 0)
        {
            rows.Add(turns);
        }

        return new Reply(text, rows, replaces);
    }

    /// <summary>
    /// The page asked for; or, when the list has shrunk below it since that page's button was drawn, its last page now,
    /// with a note saying so. <paramref name="listed"/> caps how many of the matches the list shows (a search's).
    /// </summary>
    public static async Task<ShownPage> ReadAsync(int page, Func<int, Task<EventPage>> read, Language language, int? listed = null)
    {
        var found = await read(Offset(page));
        if (found.Events.Count > 0 || found.Total == 0)
        {
            return new ShownPage(found, page, null);
        }

        var last = Pages(listed is { } cap ? Math.Min(found.Total, cap) : found.Total);
        return new ShownPage(await read(Offset(last)), last, Changed(language));
    }

    /// <summary>Said when the page pressed no longer exists because the list has shrunk.</summary>
    private static Html Changed(Language language) => Html.Trusted(language.Pick(
        "<i>Danh sách đã thay đổi từ lúc hiện; đây là trang cuối hiện có.</i>",
        "<i>The list has changed since it was shown; this is its last page now.</i>"));

    /// <summary>A page number from button data, or null when it is not one.</summary>
    public static int? PageOf(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : null;
}

/// <summary>A page of a list as read: the events, which page they are, and a note when it is not the page asked for.</summary>
public sealed record ShownPage(EventPage Found, int Page, Html? Note);
