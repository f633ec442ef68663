namespace BulletinBot.Links;

/// <summary>Ends a reading early with the reason the chat will give; never leaves <see cref="ArticlePageReader"/>.</summary>
internal sealed class PageRefusedException(LinkFailure failure, int? statusCode = null, Exception? inner = null)
    : Exception($"The link was refused: {failure}.", inner)
{
    public LinkFailure Failure { get; } = failure;

    public int? StatusCode { get; } = statusCode;
}
