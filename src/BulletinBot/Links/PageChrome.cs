using AngleSharp.Dom;

namespace BulletinBot.Links;

/// <summary>Removes from the article Readability found the blocks it keeps inside articles that are never the article.</summary>
/// <remarks>
/// Readability keeps lists inside the article even when every item is a link (so that an article's own list survives),
/// and Vietnamese sites put "Tin liên quan" boxes exactly there, listing other events with other dates and places. A
/// comment box (a `textarea` with its heading) is the other leftover. Run on Readability's result, not before it: taking
/// the lists out of the whole page changes its scores and lets side columns in.
/// </remarks>
internal static class PageChrome
{
    private const double LinkListDensity = 0.8;

    private const int CommentBoxLongest = 200;

    public static void Strip(IElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var list in root.QuerySelectorAll("ul, ol").ToArray())
        {
            var links = list.QuerySelectorAll("a");
            var text = Letters(list.TextContent);
            if (links.Length >= 2 && text > 0 && links.Sum(a => Letters(a.TextContent)) >= LinkListDensity * text)
            {
                list.Remove();
            }
        }

        foreach (var box in root.QuerySelectorAll("form, textarea").ToArray())
        {
            var outer = box;
            while (outer.ParentElement is { LocalName: not ("body" or "article" or "main") } parent
                && Letters(parent.TextContent) < CommentBoxLongest)
            {
                outer = parent;
            }

            outer.Remove();
        }
    }

    private static int Letters(string text) => text.Count(char.IsLetterOrDigit);
}
