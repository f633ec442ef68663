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

    /// <summary>The title on its own line before the text: what a person copying the page would paste.</summary>
    public string TitleAndText => Title is { Length: > 0 } title ? title + "\n" + Text : Text;

    /// <summary>The day the page went out in the office's <paramref name="zone"/>, so `Sáng nay` or `ngày 29/12` gets its year.</summary>
    public DateOnly? PublishedDay(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Published is { } published ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(published, zone).DateTime) : null;
    }
}
