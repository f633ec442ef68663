using BulletinBot.Chat;
using BulletinBot.Chat.Conversations;
using BulletinBot.Chat.Roles;
using BulletinBot.Delivery;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BulletinBot.Features.Events;

/// <summary>
/// Reads an article once its parts stop arriving and sends the organizer its preview card. The parts wait in the
/// database, so an article pasted just before a restart is read after it.
/// </summary>
public sealed partial class PasteAssembler(
    ConversationStore conversations,
    ArticleDraftMaker drafts,
    ChatStore chats,
    RoleStore roles,
    Outbox outbox,
    IOptions<EventsOptions> options,
    TimeProvider time,
    ILogger<PasteAssembler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var quiet = options.Value.PasteQuietPeriod;
        using var ticks = new PeriodicTimer(TimeSpan.FromTicks(Math.Clamp(quiet.Ticks / 4, TimeSpan.TicksPerMillisecond * 50, TimeSpan.TicksPerSecond)), time);
        while (await ticks.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                foreach (var paste in await conversations.OfKindAsync(ArticlePaste.Kind, time.GetUtcNow() - quiet, stoppingToken))
                {
                    await ReadAsync(paste, stoppingToken);
                }
            }
            catch (SqliteException ex)
            {
                // A busy database delays the card by a tick; the parts stay where they are.
                LogReadFailed(logger, ex);
            }
        }
    }

    private async Task ReadAsync(Conversation conversation, CancellationToken ct)
    {
        // Another part arrived since the query, or another tick took it: leave it for the next tick.
        if (!await conversations.EndIfUnchangedAsync(conversation, ct))
        {
            return;
        }

        var paste = ArticlePaste.From(conversation);
        var language = (await chats.FindAsync(conversation.ChatId, ct))?.ChatLanguage ?? Language.Vi;
        var role = await roles.RoleOfAsync(conversation.UserId, ct);
        var request = ChatRequest.Message(conversation.ChatId, ChatKind.Private, conversation.UserId, "");
        var context = new CommandContext(request, "", language, role);
        var card = await drafts.PreviewAsync(context, paste.Text, paste.Source, published: null, ct);
        await outbox.ReplyAsync(new OutgoingMessage(conversation.ChatId, card.Text, card.Buttons), ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading pasted articles failed; trying again")]
    private static partial void LogReadFailed(ILogger logger, Exception ex);
}
