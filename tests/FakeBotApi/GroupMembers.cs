using System.Collections.Concurrent;

namespace BulletinBot.FakeBotApi;

/// <summary>Who administers which group, for getChatMember; everyone else is a plain member.</summary>
internal sealed class GroupMembers
{
    private readonly ConcurrentDictionary<(long ChatId, long UserId), string> statuses = new();

    public void Set(long chatId, long userId, string status) => statuses[(chatId, userId)] = status;

    public string StatusOf(long chatId, long userId) =>
        chatId > 0 && chatId == userId ? "creator" : statuses.GetValueOrDefault((chatId, userId), "member");
}
