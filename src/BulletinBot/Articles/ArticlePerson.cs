namespace BulletinBot.Articles;

/// <summary>An official the article names; <paramref name="Role"/> is the title chain, or the rank when no title is given.</summary>
public sealed record ArticlePerson(string Name, string? Role);
