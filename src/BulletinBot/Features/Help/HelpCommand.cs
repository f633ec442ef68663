using BulletinBot.Chat;

namespace BulletinBot.Features.Help;

/// <summary>Lists, from the router's own table, every command the sender may use, each with an example.</summary>
public sealed class HelpCommand(Lazy<CommandRouter> router) : IChatCommand
{
    public CommandInfo Info { get; } = new("help", Role.Staff, "/help",
        "Danh sách lệnh", "List of commands") { Order = 90, Featured = true };

    public Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        var lines = router.Value.Commands
            .Where(c => c.Role <= context.Role)
            .Select(c => Html.Format($"/{c.Name} — {c.Describe(language)}. {language.Pick("Ví dụ", "Example")}: <code>{c.Example}</code>"));
        var text = Html.Trusted($"<b>{language.Pick("Các lệnh của BulletinBot", "BulletinBot commands")}</b>\n") + Html.Join("\n", lines);
        return Task.FromResult(Reply.With(text));
    }
}
