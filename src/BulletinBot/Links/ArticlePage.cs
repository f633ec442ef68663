using System.Globalization;
using System.Text;

namespace BulletinBot.Links;

/// <summary>The main text of a web page and what its metadata says about it.</summary>
/// <param name="Url">The address the page was read from, after any redirects.</param>
/// <param name="CanonicalUrl">The page's own name for itself (`link rel=canonical`, then `og:url`), when it gives one.</param>
/// <param name="Title">`og:title`, then the first `h1`, then `title`.</param>
/// <param name="Published">`article:published_time`, JSON-LD `datePublished`, `time[datetime]` or a stamp shown on the page.</param>
/// <param name="Text">The article's paragraphs, one per line, NFC; without the title.</param>
public sealed record ArticlePage(Uri Url, Uri? CanonicalUrl, string? Title, DateTimeOffset? Published, string Text)
{
    /// <summary>The link to show as the article's source.</summary>
    public Uri Source => CanonicalUrl ?? Url;

    /// <summary>
    /// The title, a publication stamp line (`dd/MM/yyyy HH:mm` in <paramref name="zone"/>) and the text: what a person copying
    /// the page would paste, so the extractor reads `Sáng nay` against the day the page went out.
    /// </summary>
    public string TextWithTitleAndStamp(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var text = new StringBuilder();
        if (Title is { Length: > 0 } title)
        {
            text.Append(title).Append('\n');
        }

        if (Published is { } published)
        {
            var local = TimeZoneInfo.ConvertTime(published, zone);
            text.Append(local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.Append(Text).ToString();
    }
}
