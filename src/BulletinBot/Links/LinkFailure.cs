namespace BulletinBot.Links;

/// <summary>Why a link gave no article; each has its own reply in chat.</summary>
public enum LinkFailure
{
    /// <summary>Not an absolute http or https link.</summary>
    InvalidLink,

    /// <summary>The host does not exist or refused the connection.</summary>
    Unreachable,

    /// <summary>The link, or a redirect, leads to a loopback, private or otherwise non-public address.</summary>
    BlockedAddress,

    TooManyRedirects,

    /// <summary>404 or 410.</summary>
    NotFound,

    /// <summary>Any other answer than 2xx: see <see cref="ArticlePageResult.StatusCode"/>.</summary>
    HttpError,

    /// <summary>Neither an HTML page nor plain text (a PDF, an image, a video…).</summary>
    NotAPage,

    TooLarge,

    TimedOut,

    /// <summary>A page, but no article text could be found in it.</summary>
    Unreadable,
}
