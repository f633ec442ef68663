namespace BulletinBot.Links;

/// <summary>A page read from a link, or the reason there is none.</summary>
/// <param name="StatusCode">The HTTP status behind <see cref="LinkFailure.NotFound"/> and <see cref="LinkFailure.HttpError"/>.</param>
public sealed record ArticlePageResult(ArticlePage? Page, LinkFailure? Failure, int? StatusCode = null)
{
    public static ArticlePageResult Read(ArticlePage page) => new(page, null);

    public static ArticlePageResult Refused(LinkFailure failure, int? statusCode = null) => new(null, failure, statusCode);
}
