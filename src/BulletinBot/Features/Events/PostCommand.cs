using BulletinBot.Chat;
using BulletinBot.Chat.Conversations;

namespace BulletinBot.Features.Events;

/// <summary>
/// /post: one line (`/post Tiêu đề | 16/08/2026 08:00 | Hội trường A, Hà Nội`), a guided form (/post alone), or a
/// pasted article after the command. Every way ends on the preview card; nothing reaches subscribers before Đăng.
/// </summary>
public sealed class PostCommand(EventDesk desk, ConversationStore conversations, ArticleDraftMaker articles, LinkArticleReader links) : IChatCommand
{
    public const string Example = "/post Hội nghị tập huấn | 16/08/2026 08:00 | Hội trường A, Hà Nội";

    public CommandInfo Info { get; } = new("post", Role.Organizer, Example,
        "Đăng sự kiện (một dòng, từng bước, hoặc dán bài báo)", "Post an event (one line, step by step, or paste an article)")
    {
        Order = 40,
        PrivateOnly = true,
    };

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        var args = context.Args;
        if (args.Length == 0)
        {
            await conversations.SaveAsync(PostForm.Start(context), ct);
            return Reply.With(PostForm.Question(PostForm.TitleStep, language), PostForm.StepButtons(PostForm.TitleStep, language));
        }

        if (args.Length > EventLimits.Article)
        {
            return Reply.With(Html.Escape(ArticleDraftMaker.TooLong(args.Length, language)));
        }

        if (!args.Contains('|') && args.Length < EventLimits.ArticleMinimum && LinkArticleReader.FindLink(args) is not null)
        {
            return await links.HandleAsync(context, ct);
        }

        if (!args.Contains('|') && args.Length >= EventLimits.ArticleMinimum)
        {
            return await articles.PreviewAsync(context, args, context.Request.ForwardedFrom, published: null, ct);
        }

        var (fields, problem) = PostLine.Read(args, desk, language);
        if (fields is null)
        {
            return Usage(problem ?? "", language);
        }

        return await desk.CreateDraftAsync(context, fields, EventOrigin.Form, ct);
    }

    public static Reply Usage(string problem, Language language) => Reply.With(Html.Escape(problem) + Html.Format($"""

        {language.Pick("Gõ đúng:", "Type:")} <code>{Example}</code>
        {language.Pick("Hoặc gõ /post để điền từng bước, hoặc dán cả bài báo về hội nghị.", "Or type /post to fill it in step by step, or paste a whole news article about the conference.")}
        """));
}
