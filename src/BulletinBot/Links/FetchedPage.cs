namespace BulletinBot.Links;

/// <summary>The body of a page as received, before it is decoded.</summary>
/// <param name="Url">Where it was finally read from, after redirects.</param>
/// <param name="MediaType">`text/html`, `application/xhtml+xml` or `text/plain`.</param>
internal sealed record FetchedPage(Uri Url, string MediaType, string? Charset, ReadOnlyMemory<byte> Body);
