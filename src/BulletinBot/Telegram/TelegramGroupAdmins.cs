using System.Collections.Concurrent;
using BulletinBot.Chat;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace BulletinBot.Telegram;

/// <summary>
/// Asks Telegram (getChatMember) whether someone administers a group, and remembers the answer for a few minutes so a
/// busy group costs one request per member, not one per command.
/// </summary>
public sealed partial class TelegramGroupAdmins(ITelegramBotClient bot, TimeProvider time, ILogger<TelegramGroupAdmins> logger) : IGroupAdmins
{
    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<(long ChatId, long UserId), (bool IsAdmin, DateTimeOffset Until)> answers = new();

    public async Task<bool> IsAdminAsync(long chatId, long userId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (answers.TryGetValue((chatId, userId), out var known) && known.Until > now)
        {
            return known.IsAdmin;
        }

        try
        {
            var member = await bot.GetChatMember(chatId, userId, ct);
            var isAdmin = member.Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator;
            answers[(chatId, userId)] = (isAdmin, now + Remembered);
            return isAdmin;
        }
        catch (RequestException ex)
        {
            // Without Telegram's word nobody changes a group's subscription; the member is told to try again.
            LogLookupFailed(logger, ex, chatId);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ask Telegram who administers chat {ChatId}")]
    private static partial void LogLookupFailed(ILogger logger, Exception ex, long chatId);
}
