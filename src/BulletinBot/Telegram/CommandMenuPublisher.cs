using BulletinBot.Chat;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace BulletinBot.Telegram;

/// <summary>Registers the command menu from the router's table: Vietnamese by default, English for English apps, and the admin commands for each admin.</summary>
public sealed partial class CommandMenuPublisher(ITelegramBotClient bot, CommandRouter router, IOptions<BotOptions> options, ILogger<CommandMenuPublisher> logger)
{
    public async Task PublishAsync(CancellationToken ct)
    {
        await bot.SetMyCommands(Menu(Role.Staff, Language.Vi), cancellationToken: ct);
        await bot.SetMyCommands(Menu(Role.Staff, Language.En), languageCode: "en", cancellationToken: ct);
        foreach (var admin in options.Value.Admins)
        {
            try
            {
                await bot.SetMyCommands(Menu(Role.Admin, Language.Vi), scope: BotCommandScope.Chat(admin), cancellationToken: ct);
            }
            catch (ApiRequestException ex)
            {
                // An admin who never opened a chat with the bot has no chat to scope a menu to yet.
                LogAdminMenuSkipped(logger, admin, ex.ErrorCode);
            }
        }
    }

    private IEnumerable<BotCommand> Menu(Role role, Language language) => router.Commands
        .Where(c => c.InMenu && c.Role <= role)
        .Select(c => new BotCommand(c.Name, c.Describe(language)));

    [LoggerMessage(Level = LogLevel.Information, Message = "No admin menu for {AdminId} yet (Telegram said {ErrorCode})")]
    private static partial void LogAdminMenuSkipped(ILogger logger, long adminId, int errorCode);
}
