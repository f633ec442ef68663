using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmartReader;

namespace BulletinBot.Links;

/// <summary>Reads the article behind a link: its main text, title, publication time and canonical address.</summary>
/// <remarks>
/// Transport-free: the chat's `/post` and the operator's `extract URL` both call <see cref="ReadAsync"/> and turn a
/// <see cref="LinkFailure"/> into their own words. The main text is SmartReader's (Mozilla Readability) run on the HTML
/// fetched here; it never downloads anything itself.
/// </remarks>
public sealed partial class ArticlePageReader(IHttpClientFactory clients, IOptions<BotOptions> bot, ILogger<ArticlePageReader> logger)
{
    /// <summary>A page whose main text has no line this long holds no article: an index, a gallery, a login wall.</summary>
    private const int ShortestParagraph = 60;

    /// <summary>
    /// Class and id words of Vietnamese sites for related links, other news, most read, comments, ads and sharing, which
    /// Readability's English patterns (`related`, `comment`, `sidebar`…) do not know.
    /// </summary>
    private const string VietnameseChrome =
        "lien-?quan|tin-?khac|cung-?chuyen-?muc|xem-?nhieu|doc-?nhieu|xem-?them|doc-?them|binh-?luan|y-?kien|quang-?cao|chia-?se";

    private readonly PageFetcher fetcher = new(clients);

    public async Task<ArticlePageResult> ReadAsync(Uri url, LinkPolicy policy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(policy);
        if (!IsWebLink(url))
        {
            return ArticlePageResult.Refused(LinkFailure.InvalidLink);
        }

        try
        {
            var fetched = await fetcher.FetchAsync(url, policy, ct).ConfigureAwait(false);
            var page = Parse(fetched, bot.Value.Zone());
            if (page is null)
            {
                LogRefused(logger, url.Host, LinkFailure.Unreadable, null);
                return ArticlePageResult.Refused(LinkFailure.Unreadable);
            }

            LogRead(logger, url.Host, page.Text.Length, page.Published);
            return ArticlePageResult.Read(page);
        }
        catch (PageRefusedException ex)
        {
            LogRefused(logger, url.Host, ex.Failure, ex.StatusCode);
            return ArticlePageResult.Refused(ex.Failure, ex.StatusCode);
        }
    }

    public static bool IsWebLink(Uri url) =>
        url is { IsAbsoluteUri: true, Scheme: "http" or "https" } && !string.IsNullOrEmpty(url.Host);

    internal static ArticlePage? Parse(FetchedPage fetched, TimeZoneInfo zone)
    {
        var source = PageCharset.Decode(fetched.Body.Span, fetched.Charset);
        if (fetched.MediaType == "text/plain")
        {
            var text = source.Replace("\r\n", "\n", StringComparison.Ordinal).Trim().Normalize(NormalizationForm.FormC);
            return text.Length == 0 ? null : new ArticlePage(fetched.Url, null, null, null, text);
        }

        if (PageNesting.IsTooDeep(source))
        {
            return null;
        }

        var parser = new HtmlParser();
        using var document = parser.ParseDocument(source);
        var metadata = PageMetadata.Read(document, fetched.Url, zone);
        var lead = PageLead.Read(document);

        // Readability prunes the document it reads, so the metadata above is taken first.
        using var reader = new Reader(fetched.Url.AbsoluteUri, document);
        reader.AddOptionToRegularExpression(RegularExpressions.UnlikelyCandidates, VietnameseChrome);
        reader.AddOptionToRegularExpression(RegularExpressions.Negative, VietnameseChrome);
        // IsReadable is Readability's guess before it starts (it counts long `p` elements); pages written in `div`s fail it
        // and still give their article, so what counts is the text found.
        var article = reader.GetArticle();
        if (string.IsNullOrWhiteSpace(article.Content))
        {
            return null;
        }

        using var content = parser.ParseDocument(article.Content);
        if (content.Body is not { } articleBody)
        {
            return null;
        }

        PageChrome.Strip(articleBody);
        var body = PageLead.Prepend(lead, ArticleTextRenderer.Render(articleBody));
        return body.Split('\n').Any(line => line.Length >= ShortestParagraph)
            ? new ArticlePage(fetched.Url, metadata.CanonicalUrl, metadata.Title, metadata.Published, body)
            : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Read a page from {Host}: {Characters} characters, published {Published}")]
    private static partial void LogRead(ILogger logger, string host, int characters, DateTimeOffset? published);

    [LoggerMessage(Level = LogLevel.Information, Message = "Link to {Host} gave no article: {Failure} (HTTP {StatusCode})")]
    private static partial void LogRefused(ILogger logger, string host, LinkFailure failure, int? statusCode);
}
