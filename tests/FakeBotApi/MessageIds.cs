namespace BulletinBot.FakeBotApi;

/// <summary>Message ids grow per chat, shared by incoming and outgoing messages as in a Telegram private chat.</summary>
internal sealed class MessageIds
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, int> _lastByChat = [];

    public int Next(long chatId)
    {
        lock (_gate)
        {
            _lastByChat.TryGetValue(chatId, out var last);
            _lastByChat[chatId] = ++last;
            return last;
        }
    }
}
