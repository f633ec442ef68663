using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace BulletinBot.Links;

/// <summary>What a page says about itself: its title, when it was published and its canonical address.</summary>
/// <remarks>
/// Read before the readability pass, which prunes the document. SmartReader's own date misses JSON-LD (TECH-NOTES §7),
/// hence this reading.
/// </remarks>
internal sealed partial record PageMetadata(string? Title, DateTimeOffset? Published, Uri? CanonicalUrl)
{
    private const int LongestStamp = 80;

    public static PageMetadata Read(IDocument page, Uri url, TimeZoneInfo zone) =>
        new(ReadTitle(page), ReadPublished(page, zone), ReadCanonical(page, url));

    private static string? ReadTitle(IDocument page) =>
        Tidy(Meta(page, "og:title")) ?? Tidy(page.QuerySelector("h1")?.TextContent) ?? Tidy(JsonLd(page, "headline"))
        ?? Tidy(page.Title);

    private static DateTimeOffset? ReadPublished(IDocument page, TimeZoneInfo zone) =>
        ParseIso(Meta(page, "article:published_time"), zone)
        ?? ParseIso(page.QuerySelector("[itemprop='datePublished'][content]")?.GetAttribute("content"), zone)
        ?? ParseIso(page.QuerySelector("meta[name='pubdate' i], meta[name='publishdate' i]")?.GetAttribute("content"), zone)
        ?? ParseIso(JsonLd(page, "datePublished"), zone)
        ?? ParseIso(page.QuerySelector("time[datetime]")?.GetAttribute("datetime"), zone)
        ?? VisibleStamp(page, zone);

    private static Uri? ReadCanonical(IDocument page, Uri url) =>
        WebLink(url, page.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href")) ?? WebLink(url, Meta(page, "og:url"));

    private static string? Meta(IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");

    /// <summary>The first string property <paramref name="name"/> in the page's JSON-LD blocks.</summary>
    private static string? JsonLd(IDocument page, string name)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (Find(json.RootElement, name) is { } value)
                {
                    return value;
                }
            }
            catch (JsonException)
            {
                // Hand-written JSON-LD is often broken; the other sources still count.
            }
        }

        return null;
    }

    /// <summary>Depth first: pages nest the article in `@graph` arrays or wrap it in a list.</summary>
    private static string? Find(JsonElement element, string name)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString();
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (Find(property.Value, name) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, name) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>
    /// `Thứ Năm, 12/06/2025 - 08:30` shown beside the headline, in a dated element, a `time` without `datetime` or the byline. Only after the first `h1`: the header's "today" line and the
    /// sidebar's dates are not the article's.
    /// </summary>
    private static DateTimeOffset? VisibleStamp(IDocument page, TimeZoneInfo zone)
    {
        if (Headline(page) is not { } headline)
        {
            return null;
        }

        foreach (var element in page.QuerySelectorAll("time, [class*='date' i], [class*='time' i], [class*='publish' i], [class*='ngay' i], [class*='byline' i]"))
        {
            var afterHeadline = headline.CompareDocumentPosition(element).HasFlag(DocumentPositions.Following);
            if (!afterHeadline || element.TextContent.Trim() is not { Length: > 0 and < LongestStamp } text)
            {
                continue;
            }

            if (StampDate().Match(text) is { Success: true } day && ToDate(day) is { } date)
            {
                var clock = StampTime().Match(text);
                var local = clock.Success && Number(clock, "h") is var hour and < 24
                    ? date.AddHours(hour).AddMinutes(Number(clock, "min"))
                    : date;
                return new DateTimeOffset(local, zone.GetUtcOffset(local));
            }
        }

        return null;
    }

    /// <summary>The `h1`; on sites without one, the first heading or title element that repeats the page's title.</summary>
    private static IElement? Headline(IDocument page)
    {
        if (page.QuerySelector("h1") is { } h1)
        {
            return h1;
        }

        var pageTitle = Tidy(Meta(page, "og:title")) ?? Tidy(page.Title);
        return pageTitle is null ? null
            : page.QuerySelectorAll("h2, h3, [class*='title' i]").FirstOrDefault(e =>
                e.LocalName is not "title" && Tidy(e.TextContent) is { Length: >= 15 } text && pageTitle.Contains(text, StringComparison.Ordinal));
    }

    private static DateTime? ToDate(Match m)
    {
        var (day, month, year) = (Number(m, "d"), Number(m, "m"), Number(m, "y"));
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateTime(year, month, day) : null;
    }

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 with or without an offset; without one the time is the office's, as Vietnamese sites write it.</summary>
    private static DateTimeOffset? ParseIso(string? value, TimeZoneInfo zone)
    {
        if (value?.Trim() is not { } text || !IsoDate().IsMatch(text))
        {
            return null;
        }

        if (IsoOffset().IsMatch(text))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamped) ? stamped : null;
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, zone.GetUtcOffset(local))
            : null;
    }

    private static Uri? WebLink(Uri page, string? href) =>
        !string.IsNullOrWhiteSpace(href) && Uri.TryCreate(page, href.Trim(), out var link) && link.Scheme is "http" or "https" ? link : null;

    private static string? Tidy(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Whitespace().Replace(text, " ").Trim().Normalize(System.Text.NormalizationForm.FormC);

    /// <summary>`16/08/2024`, `16-08-2024`, `16.08.2024`: one separator throughout.</summary>
    [GeneratedRegex(@"(?<![\d/.\-])(?<d>\d{1,2})(?<sep>[/.\-])(?<m>\d{1,2})\k<sep>(?<y>\d{4})(?!\d)")]
    private static partial Regex StampDate();

    [GeneratedRegex(@"(?<![\d/])(?<h>\d{1,2})[:h](?<min>[0-5]\d)(?!\d)")]
    private static partial Regex StampTime();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"T.*(?:Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex IsoOffset();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
