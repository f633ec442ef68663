using System.Text;
using AngleSharp.Dom;

namespace BulletinBot.Links;

/// <summary>Writes an article's HTML as the text a reader would copy from it: one paragraph per line, list items as `- …`.</summary>
/// <remarks>
/// SmartReader's own TextContent breaks lines only at `p` and `br` and keeps the source's line breaks elsewhere, so list
/// items, headings and `div` paragraphs would run together or split mid-sentence; the extractor reads line by line.
/// </remarks>
internal static class ArticleTextRenderer
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot",
        "tr", "ul",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "button", "select", "iframe",
    };

    public static string Render(INode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var lines = new List<string>();
        var line = new StringBuilder();
        Walk(root, lines, line);
        Flush(lines, line);
        return string.Join('\n', lines).Normalize(NormalizationForm.FormC);
    }

    private static void Walk(INode node, List<string> lines, StringBuilder line)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendCollapsed(line, text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    Flush(lines, line);
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush(lines, line);
                    if (element.LocalName == "li")
                    {
                        line.Append("- ");
                    }

                    Walk(element, lines, line);
                    Flush(lines, line);
                    break;
                case IElement { LocalName: "td" or "th" } cell:
                    AppendCollapsed(line, " ");
                    Walk(cell, lines, line);
                    AppendCollapsed(line, " ");
                    break;
                default:
                    Walk(child, lines, line);
                    break;
            }
        }
    }

    private static void AppendCollapsed(StringBuilder line, string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (line.Length > 0 && line[^1] != ' ')
                {
                    line.Append(' ');
                }
            }
            else
            {
                line.Append(c);
            }
        }
    }

    private static void Flush(List<string> lines, StringBuilder line)
    {
        var text = line.ToString().Trim();
        if (text.Length > 0 && text != "-")
        {
            lines.Add(text);
        }

        line.Clear();
    }
}
