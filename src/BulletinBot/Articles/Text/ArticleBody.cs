namespace BulletinBot.Articles.Text;

/// <summary>The article once chrome, captions, link lists and footers are gone.</summary>
internal sealed record ArticleBody(string? Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<ArticleSentence> Sentences)
{
    public string? FoldedTitle { get; } = Title is null ? null : VietnameseText.Fold(Title);
}
