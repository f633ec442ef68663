namespace BulletinBot.Links;

/// <summary>How deeply a page's elements nest, counted on the raw HTML before any parser sees it.</summary>
/// <remarks>
/// The HTML parser's time grows much faster than the page with nesting (5 000 nested `div`s took 9 s, 40 000 three
/// minutes on the loaded test machine), so a 3 MB page of nothing but opening tags would tie up a core long after the
/// link's 10 s are over. Real article pages nest a few dozen deep. Elements the parser closes by itself (`p`, `li`,
/// `td`…), void elements, comments and the text of scripts and styles are not counted.
/// </remarks>
internal static class PageNesting
{
    public const int MaxDepth = 1000;

    private const int LongestTag = 2048;

    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "!doctype", "script", "style",
    };

    public static bool IsTooDeep(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        var i = html.IndexOf('<', StringComparison.Ordinal);
        while (i >= 0 && i < html.Length - 1)
        {
            if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                i = SkipPast(html, i, "-->");
            }
            else if (html[i + 1] == '/')
            {
                if (!NotNesting.Contains(TagName(html, i + 2)))
                {
                    depth = Math.Max(0, depth - 1);
                }

                i++;
            }
            else if (char.IsAsciiLetter(html[i + 1]) || html[i + 1] == '!')
            {
                var name = TagName(html, i + 1);
                if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    i = SkipPast(html, i, "</" + name);
                }
                else if (!NotNesting.Contains(name) && !IsSelfClosing(html, i) && ++depth > MaxDepth)
                {
                    return true;
                }
                else
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            i = i < 0 ? -1 : html.IndexOf('<', i);
        }

        return false;
    }

    /// <summary>`<path … />` in an inline SVG closes itself; the search for the tag's end is bounded to keep the scan linear.</summary>
    private static bool IsSelfClosing(string html, int tagStart)
    {
        var window = html.AsSpan(tagStart, Math.Min(LongestTag, html.Length - tagStart));
        var end = window.IndexOf('>');
        return end > 0 && window[end - 1] == '/';
    }

    private static string TagName(string html, int start)
    {
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '!' or '-'))
        {
            end++;
        }

        return html[start..end];
    }

    private static int SkipPast(string html, int from, string marker)
    {
        var at = html.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? -1 : at + marker.Length;
    }
}
