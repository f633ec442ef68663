using System.Text;
using BulletinBot.Chat;
using BulletinBot.Chat.Conversations;

namespace BulletinBot.Features.Events;

/// <summary>
/// An organizer's long text (or a .txt file) with no form open is an article to read: its parts are gathered, then
/// <see cref="PasteAssembler"/> reads them and shows the preview card.
/// </summary>
public sealed class ArticleReader(ConversationStore conversations, ArticleDraftMaker drafts, IFileDownloads files) : IFreeTextHandler
{
    public bool Accepts(CommandContext context) =>
        context.Role >= Role.Organizer && context.Request.ChatKind == ChatKind.Private
        && (context.Request.Document is not null || context.Args.Length >= EventLimits.ArticleMinimum);

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        if (context.Request.Document is { } document)
        {
            return await FromFileAsync(context, document, ct);
        }

        if (context.Args.Length > EventLimits.Article)
        {
            return Reply.With(Html.Escape(ArticleDraftMaker.TooLong(context.Args.Length, language)));
        }

        var paste = new ArticlePaste([context.Args], context.Request.ForwardedFrom);
        await conversations.SaveAsync(paste.ToConversation(context.ChatId, context.Request.UserId), ct);
        return Reply.With(Html.Format($"📄 {language.Pick("Đã nhận bài", "Got the article")} ({EventText.Number(context.Args.Length)} {language.Pick("ký tự). Đang đọc… Gửi tiếp nếu bài còn phần sau.", "characters). Reading it… Send the rest if there is more.")}"));
    }

    private async Task<Reply> FromFileAsync(CommandContext context, ChatDocument document, CancellationToken ct)
    {
        var language = context.Language;
        var isText = document.MimeType is "text/plain" || (document.FileName?.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ?? false);
        if (!isText)
        {
            return Reply.With(Html.Trusted(language.Pick(
                "Bot đọc được tệp <code>.txt</code>. Với Word hay PDF, hãy sao chép nội dung bài và dán vào đây, hoặc gửi đường link bài báo.",
                "I can read <code>.txt</code> files. For Word or PDF, copy the article's text and paste it here, or send a link to it.")));
        }

        if (document.Size > EventLimits.ArticleFileBytes)
        {
            return Reply.With(Html.Escape(ArticleDraftMaker.TooLong((int)Math.Min(int.MaxValue, document.Size ?? 0), language)));
        }

        if (await files.DownloadAsync(document, EventLimits.ArticleFileBytes, ct) is not { } bytes)
        {
            return Reply.With(Html.Trusted(language.Pick(
                "Không tải được tệp này từ Telegram. Hãy gửi lại, hoặc dán nội dung bài vào đây.",
                "I couldn't download that file from Telegram. Send it again, or paste the article's text here.")));
        }

        var text = new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF').Normalize(NormalizationForm.FormC);
        if (text.Trim().Length == 0)
        {
            return Reply.With(Html.Trusted(language.Pick("Tệp trống: không có bài nào để đọc.", "The file is empty: there is no article to read.")));
        }

        return await drafts.PreviewAsync(context, text, context.Request.ForwardedFrom, published: null, ct);
    }
}
