using Telegram.Bot.Types.Enums;

namespace BulletinBot.Telegram;

/// <summary>The kinds of update the bot handles: all Telegram is asked for, by getUpdates and by setWebhook alike.</summary>
public static class HandledUpdates
{
    public static readonly UpdateType[] Kinds = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];
}
