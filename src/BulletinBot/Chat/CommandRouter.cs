using Microsoft.Extensions.Logging;

namespace BulletinBot.Chat;

/// <summary>
/// Finds the command for a message in one table built from DI, checks the sender's role, and answers anything unknown,
/// malformed or failing with a polite reply — a wrong command never meets silence or exception text.
/// </summary>
public sealed partial class CommandRouter(
    IEnumerable<IChatCommand> commands,
    IEnumerable<IButtonAction> buttonActions,
    BotIdentity identity,
    ILogger<CommandRouter> logger)
{
    private readonly Dictionary<string, IChatCommand> table =
        commands.ToDictionary(c => c.Info.Name, StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, IButtonAction> buttons =
        buttonActions.ToDictionary(a => a.Prefix, StringComparer.Ordinal);

    public IEnumerable<CommandInfo> Commands => table.Values.Select(c => c.Info).OrderBy(i => i.Role).ThenBy(i => OrderOf(i.Name));

    public async Task<Reply> RouteAsync(ChatRequest request, Language language, Role role, CancellationToken ct)
    {
        try
        {
            return request.Kind == RequestKind.ButtonPress
                ? await PressAsync(request, language, role, ct)
                : await CommandAsync(request, language, role, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogFailed(logger, ex, request.ChatId, request.Text);
            return Reply.With(Html.Trusted(language.Pick(
                "Xin lỗi, đã có lỗi khi xử lý yêu cầu. Vui lòng thử lại sau ít phút.",
                "Sorry, something went wrong while handling that. Please try again in a few minutes.")));
        }
    }

    private async Task<Reply> CommandAsync(ChatRequest request, Language language, Role role, CancellationToken ct)
    {
        if (CommandText.TryParse(request.Text) is not { } command)
        {
            // In a group people talk to each other; only a private chat expects an answer to plain text.
            return request.ChatKind == ChatKind.Private ? RouterReplies.NotACommand(language) : Reply.None;
        }

        if (command.Mention is { } mention && !identity.IsMe(mention))
        {
            return Reply.None;
        }

        if (!table.TryGetValue(command.Name, out var handler))
        {
            var addressedToUs = request.ChatKind == ChatKind.Private || command.Mention is not null;
            return addressedToUs ? RouterReplies.Unknown(command.Name, language) : Reply.None;
        }

        if (role < handler.Info.Role)
        {
            return RouterReplies.NotAllowed(handler.Info, language);
        }

        return await handler.HandleAsync(new CommandContext(request, command.Args, language, role), ct);
    }

    private async Task<Reply> PressAsync(ChatRequest request, Language language, Role role, CancellationToken ct)
    {
        var data = request.ButtonData ?? "";
        var colon = data.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? data : data[..colon];
        if (!buttons.TryGetValue(prefix, out var action))
        {
            return RouterReplies.StaleButton(language);
        }

        var args = colon < 0 ? "" : data[(colon + 1)..];
        return await action.HandleAsync(new CommandContext(request, args, language, role), ct);
    }

    private static int OrderOf(string name) => Array.IndexOf(MenuOrder, name) is var i and >= 0 ? i : MenuOrder.Length;

    private static readonly string[] MenuOrder = ["start", "help", "subscribe", "unsubscribe", "settings"];

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling a request in chat {ChatId} failed: {Text}")]
    private static partial void LogFailed(ILogger logger, Exception ex, long chatId, string text);
}
