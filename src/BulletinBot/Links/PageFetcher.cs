using System.Net;
using System.Net.Http;

namespace BulletinBot.Links;

/// <summary>Downloads a page within a <see cref="LinkPolicy"/>: redirects one hop at a time, a time limit for the whole, a size cap.</summary>
/// <remarks>
/// Redirects are followed here rather than by the handler so that each hop's scheme is checked and a loop gets its own
/// reason; the address of every hop is checked by the <see cref="ConnectionGuard"/> as its connection opens.
/// </remarks>
internal sealed class PageFetcher(IHttpClientFactory clients)
{
    /// <summary>The client for public addresses only; the other may reach any address. Each has its own connection pool.</summary>
    public const string PublicOnlyClient = "BulletinBot.Links.PublicOnly";

    public const string AnyAddressClient = "BulletinBot.Links.AnyAddress";

    private const int ChunkSize = 64 * 1024;

    private static readonly string[] PageTypes = ["text/html", "application/xhtml+xml", "text/plain"];

    public async Task<FetchedPage> FetchAsync(Uri url, LinkPolicy policy, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(policy.Timeout);
        try
        {
            return await FollowAsync(url, policy, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new PageRefusedException(LinkFailure.TimedOut, inner: ex);
        }
        catch (HttpRequestException ex) when (FindBlocked(ex) is { } blocked)
        {
            throw new PageRefusedException(LinkFailure.BlockedAddress, inner: blocked);
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
            or HttpRequestError.SecureConnectionError)
        {
            throw new PageRefusedException(LinkFailure.Unreachable, inner: ex);
        }
        catch (HttpRequestException ex)
        {
            throw new PageRefusedException(LinkFailure.Unreadable, inner: ex);
        }
        catch (IOException ex)
        {
            // The body broke off mid-way (HttpIOException) or the connection was reset.
            throw new PageRefusedException(LinkFailure.Unreadable, inner: ex);
        }
    }

    private async Task<FetchedPage> FollowAsync(Uri url, LinkPolicy policy, CancellationToken ct)
    {
        var client = clients.CreateClient(policy.AllowPrivateAddresses ? AnyAddressClient : PublicOnlyClient);
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
            {
                if (redirects == policy.MaxRedirects)
                {
                    throw new PageRefusedException(LinkFailure.TooManyRedirects);
                }

                current = location.IsAbsoluteUri ? location : new Uri(current, location);
                if (!ArticlePageReader.IsWebLink(current))
                {
                    throw new PageRefusedException(LinkFailure.InvalidLink);
                }

                continue;
            }

            var status = (int)response.StatusCode;
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
            {
                throw new PageRefusedException(LinkFailure.NotFound, status);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new PageRefusedException(LinkFailure.HttpError, status);
            }

            var type = response.Content.Headers.ContentType;
            var mediaType = type?.MediaType?.ToLowerInvariant() ?? "text/html";
            if (!PageTypes.Contains(mediaType))
            {
                throw new PageRefusedException(LinkFailure.NotAPage);
            }

            var body = await ReadCappedAsync(response.Content, policy.MaxBytes, ct).ConfigureAwait(false);
            return new FetchedPage(current, mediaType, type?.CharSet, body);
        }
    }

    /// <summary>The body, refused as soon as it grows past <paramref name="maxBytes"/>: ResponseHeadersRead sets no cap of its own.</summary>
    private static async Task<ReadOnlyMemory<byte>> ReadCappedAsync(HttpContent content, long maxBytes, CancellationToken ct)
    {
        if (content.Headers.ContentLength > maxBytes)
        {
            throw new PageRefusedException(LinkFailure.TooLarge);
        }

        var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var body = new MemoryStream((int)Math.Min(content.Headers.ContentLength ?? ChunkSize, maxBytes));
            var chunk = new byte[ChunkSize];
            int read;
            while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > maxBytes)
                {
                    throw new PageRefusedException(LinkFailure.TooLarge);
                }

                body.Write(chunk, 0, read);
            }

            return body.ToArray();
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static BlockedAddressException? FindBlocked(Exception ex)
    {
        for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is BlockedAddressException blocked)
            {
                return blocked;
            }
        }

        return null;
    }
}
