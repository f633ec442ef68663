using BulletinBot.Chat;
using BulletinBot.Chat.Conversations;
using BulletinBot.Chat.Roles;
using BulletinBot.Delivery;
using BulletinBot.Links;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BulletinBot.Features.Events;

/// <summary>
/// Fetches the links organizers send, off the update loop (a slow site must not hold up everyone's commands), and
/// answers with the article's preview card or the reason the page could not be read.
/// </summary>
public sealed partial class LinkReadingService(
    ConversationStore conversations,
    ArticlePageReader pages,
    IOptions<LinkOptions> links,
    ArticleDraftMaker drafts,
    ChatStore chats,
    RoleStore roles,
    Outbox outbox,
    IOptions<BotOptions> bot,
    TimeProvider time,
    ILogger<LinkReadingService> logger) : BackgroundService
{
    private readonly SemaphoreSlim woken = new(0, int.MaxValue);

    public void Wake() => woken.Release();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Links sent just before a restart are still waiting in their conversations.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var waiting in await conversations.OfKindAsync(LinkReading.Kind, time.GetUtcNow(), stoppingToken))
                {
                    await ReadAsync(waiting, stoppingToken);
                }
            }
            catch (SqliteException ex)
            {
                LogReadFailed(logger, ex);
            }

            await woken.WaitAsync(TimeSpan.FromSeconds(30), stoppingToken);
        }
    }

    public override void Dispose()
    {
        woken.Dispose();
        base.Dispose();
    }

    private async Task ReadAsync(Conversation conversation, CancellationToken ct)
    {
        if (LinkReading.From(conversation) is not { } link || !await conversations.EndIfUnchangedAsync(conversation, ct))
        {
            return;
        }

        var language = (await chats.FindAsync(conversation.ChatId, ct))?.ChatLanguage ?? Language.Vi;
        var result = await pages.ReadAsync(new Uri(link.Url), links.Value.ChatPolicy(), ct);
        Reply reply;
        if (result.Page is { } page)
        {
            var role = await roles.RoleOfAsync(conversation.UserId, ct);
            var context = new CommandContext(ChatRequest.Message(conversation.ChatId, ChatKind.Private, conversation.UserId, ""), "", language, role);
            reply = await drafts.PreviewAsync(context, page.TitleAndText, page.Source.AbsoluteUri, page.PublishedDay(bot.Value.Zone()), ct);
        }
        else
        {
            reply = Reply.With(Html.Escape(LinkText.Failure(result, language)));
        }

        await outbox.ReplyAsync(new OutgoingMessage(conversation.ChatId, reply.Text, reply.Buttons), ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading sent links failed; trying again")]
    private static partial void LogReadFailed(ILogger logger, Exception ex);
}
