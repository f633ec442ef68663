using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace BulletinBot.Links;

/// <summary>
/// The lead paragraph Vietnamese news sites print in bold between the headline and the body (`sapo`, `chapeau`, `lead`),
/// often as an `h2`. It usually holds the event's day and place (`Ngày 5/11, Sở Công Thương … tổ chức …`), and Readability
/// drops it as a heading outside the article.
/// </summary>
internal static partial class PageLead
{
    private const int ShortestLead = 40;

    /// <summary>The page's lead text, read before the readability pass prunes the document.</summary>
    public static string? Read(IDocument page)
    {
        foreach (var element in page.QuerySelectorAll("[class]"))
        {
            if (element.ClassList.Any(c => LeadClass().IsMatch(c))
                && Whitespace().Replace(element.TextContent, " ").Trim() is { Length: >= ShortestLead } lead)
            {
                return lead;
            }
        }

        return null;
    }

    /// <summary>The main text with the lead before it, unless the main text already holds it.</summary>
    public static string Prepend(string? lead, string body) =>
        lead is null || Whitespace().Replace(body, " ").Contains(lead, StringComparison.Ordinal) ? body : lead + "\n\n" + body;

    /// <summary>`sapo`, `detail-sapo`, `article__sapo`, `chapeau`, `lead`, `article-lead`; not `leader` or `leading`.</summary>
    [GeneratedRegex(@"(?:^|[-_])(?:sapo|chapeau|lead)(?:$|[-_])|sapo", RegexOptions.IgnoreCase)]
    private static partial Regex LeadClass();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
