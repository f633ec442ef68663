namespace BulletinBot.Articles.Text;

/// <summary>One sentence of the article body with its folded twin (same length, same indexes).</summary>
internal sealed record ArticleSentence(string Text, string Folded, int Paragraph, int Index);
