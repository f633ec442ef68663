using BulletinBot.Chat.Conversations;
using Microsoft.Extensions.Logging;

namespace BulletinBot.Chat;

/// <summary>
/// Finds the command for a message in one table built from DI, checks the sender's role and where it may be used,
/// hands other text to the chat's open conversation, and answers anything unknown, malformed or failing with a polite
/// reply — a wrong command never meets silence or exception text.
/// </summary>
public sealed partial class CommandRouter(
    IEnumerable<IChatCommand> commands,
    IEnumerable<IButtonAction> buttonActions,
    IEnumerable<IConversationHandler> conversationHandlers,
    IEnumerable<IFreeTextHandler> freeTextHandlers,
    ConversationStore conversations,
    IGroupAdmins groupAdmins,
    BotIdentity identity,
    ILogger<CommandRouter> logger)
{
    private readonly Dictionary<string, IChatCommand> table =
        commands.ToDictionary(c => c.Info.Name, StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, IButtonAction> buttons =
        buttonActions.ToDictionary(a => a.Info.Prefix, StringComparer.Ordinal);

    private readonly Dictionary<string, IConversationHandler> talks =
        conversationHandlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);

    private readonly IReadOnlyList<IFreeTextHandler> freeText = [.. freeTextHandlers];

    public IEnumerable<CommandInfo> Commands =>
        table.Values.Select(c => c.Info).OrderBy(i => i.Role).ThenBy(i => i.Order).ThenBy(i => i.Name, StringComparer.Ordinal);

    /// <summary>The few commands a newcomer should see first.</summary>
    public IEnumerable<CommandInfo> Featured => Commands.Where(c => c.Featured && c.Role == Role.Staff);

    public async Task<Reply> RouteAsync(ChatRequest request, Language language, Role role, CancellationToken ct)
    {
        try
        {
            return request.Kind == RequestKind.ButtonPress
                ? await PressAsync(request, language, role, ct)
                : await MessageAsync(request, language, role, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // One of the two catch-alls: the person gets a polite answer, the log gets the exception (not the text they sent).
            LogFailed(logger, ex, request.ChatId);
            return Reply.With(Html.Trusted(language.Pick(
                "Xin lỗi, đã có lỗi khi xử lý yêu cầu. Vui lòng thử lại sau ít phút.",
                "Sorry, something went wrong while handling that. Please try again in a few minutes.")));
        }
    }

    private async Task<Reply> MessageAsync(ChatRequest request, Language language, Role role, CancellationToken ct)
    {
        if (CommandText.TryParse(request.Text) is not { } command)
        {
            return await TextAsync(request, language, role, ct);
        }

        if (command.Mention is { } mention && !identity.IsMe(mention))
        {
            return Reply.None;
        }

        var inGroup = request.ChatKind == ChatKind.Group;
        if (!table.TryGetValue(command.Name, out var handler))
        {
            var addressedToUs = !inGroup || command.Mention is not null;
            return addressedToUs ? RouterReplies.Unknown(command.Name, Closest(command.Name, role), Featured, language) : Reply.None;
        }

        var info = handler.Info;
        if (role < info.Role)
        {
            return RouterReplies.NotAllowed(info, language);
        }

        if (inGroup && info.PrivateOnly)
        {
            return RouterReplies.PrivateOnly(info, identity.Username, language);
        }

        if (inGroup && info.ChangesChat && !await IsGroupAdminAsync(request, ct))
        {
            return RouterReplies.GroupAdminsOnly(language);
        }

        return await handler.HandleAsync(new CommandContext(request, command.Args, language, role), ct);
    }

    private async Task<Reply> TextAsync(ChatRequest request, Language language, Role role, CancellationToken ct)
    {
        var context = new CommandContext(request, request.Text.Trim(), language, role);
        if (await conversations.FindAsync(request.ChatId, ct) is { } open && open.UserId == request.UserId
            && talks.TryGetValue(open.Kind, out var talk))
        {
            return await talk.ContinueAsync(context, open, ct);
        }

        if (freeText.FirstOrDefault(h => h.Accepts(context)) is { } taker)
        {
            return await taker.HandleAsync(context, ct);
        }

        // In a group people talk to each other; only a private chat expects an answer to plain text.
        return request.ChatKind == ChatKind.Private ? RouterReplies.NotACommand(Featured, language) : Reply.None;
    }

    private async Task<Reply> PressAsync(ChatRequest request, Language language, Role role, CancellationToken ct)
    {
        var data = request.ButtonData ?? "";
        var colon = data.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? data : data[..colon];
        if (!buttons.TryGetValue(prefix, out var action))
        {
            return RouterReplies.StaleButton(reopenWith: null, language);
        }

        var info = action.Info;
        if (role < info.Role)
        {
            return RouterReplies.ButtonNotAllowed(info.Role, language);
        }

        if (request.ChatKind == ChatKind.Group && info.ChangesChat && !await IsGroupAdminAsync(request, ct))
        {
            return RouterReplies.GroupAdminsOnlyNotice(language);
        }

        var args = colon < 0 ? "" : data[(colon + 1)..];
        return await action.HandleAsync(new CommandContext(request, args, language, role), ct);
    }

    // A message sent in the group's own name comes from one of its anonymous administrators.
    private async Task<bool> IsGroupAdminAsync(ChatRequest request, CancellationToken ct) =>
        request.SentAsChat || await groupAdmins.IsAdminAsync(request.ChatId, request.UserId, ct);

    private string? Closest(string name, Role role) => table.Values
        .Where(c => c.Info.Role <= role)
        .Select(c => (c.Info.Name, Distance: EditDistance.Between(name, c.Info.Name)))
        .Where(c => c.Distance <= Math.Max(1, name.Length / 3))
        .OrderBy(c => c.Distance)
        .Select(c => c.Name)
        .FirstOrDefault();

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling a request in chat {ChatId} failed")]
    private static partial void LogFailed(ILogger logger, Exception ex, long chatId);
}
