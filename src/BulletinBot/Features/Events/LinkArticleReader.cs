using System.Text.RegularExpressions;
using BulletinBot.Chat;
using BulletinBot.Chat.Conversations;

namespace BulletinBot.Features.Events;

/// <summary>
/// An organizer's short message carrying a link (alone or with a line of text) is an article to fetch: the answer
/// comes at once, the page is read in the background (<see cref="LinkReadingService"/>) and its card follows.
/// </summary>
public sealed partial class LinkArticleReader(ConversationStore conversations, LinkReadingService reading) : IFreeTextHandler
{
    public bool Accepts(CommandContext context) =>
        context.Role >= Role.Organizer && context.Request.ChatKind == ChatKind.Private && context.Request.Document is null
        && context.Args.Length < EventLimits.ArticleMinimum && FindLink(context.Args) is not null;

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        if (FindLink(context.Args) is not { } link)
        {
            return Reply.None;
        }

        await conversations.SaveAsync(new LinkReading(link.AbsoluteUri).ToConversation(context.ChatId, context.Request.UserId), ct);
        reading.Wake();
        return Reply.With(Html.Format($"🔗 {language.Pick("Đang đọc bài từ", "Reading the article from")} {link.Host}…"));
    }

    public static Uri? FindLink(string text) =>
        Link().Match(text) is { Success: true } match && Uri.TryCreate(match.Value.TrimEnd('.', ',', ')', ';'), UriKind.Absolute, out var uri)
            ? uri
            : null;

    [GeneratedRegex(@"https?://[^\s<>""']+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
