namespace BulletinBot.FakeBotApi;

/// <summary>
/// Telegram's flood limits: a global per-second window, and per chat about one message a second; a group is held to
/// twenty a minute as well.
/// </summary>
internal sealed class TelegramRateLimiter
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly FakeRateLimits _limits;
    private readonly TimeProvider _time;
    private readonly SlidingWindow _global;
    private readonly Dictionary<long, SlidingWindow[]> _byChat = [];

    public TelegramRateLimiter(FakeRateLimits limits, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.GlobalPerSecond, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.PerChatPerSecond, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.PerGroupPerMinute, 1);
        _limits = limits;
        _time = time;
        _global = new SlidingWindow(limits.GlobalPerSecond, Second);
    }

    /// <returns>Null when the send may go out now, else the whole seconds to wait (at least 1).</returns>
    public int? TryAcquire(long? chatId)
    {
        var now = _time.GetUtcNow().UtcTicks;
        lock (_gate)
        {
            var chat = chatId is { } id ? WindowsOf(id) : [];
            var wait = _global.WaitBeforeNext(now);
            foreach (var window in chat)
            {
                var chatWait = window.WaitBeforeNext(now);
                wait = chatWait > wait ? chatWait : wait;
            }

            if (wait > TimeSpan.Zero)
            {
                return Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            }

            _global.Add(now);
            foreach (var window in chat)
            {
                window.Add(now);
            }

            return null;
        }
    }

    private SlidingWindow[] WindowsOf(long chatId)
    {
        if (!_byChat.TryGetValue(chatId, out var windows))
        {
            var perSecond = new SlidingWindow(_limits.PerChatPerSecond, Second);
            windows = ChatTypes.IsGroup(chatId) ? [perSecond, new SlidingWindow(_limits.PerGroupPerMinute, Minute)] : [perSecond];
            _byChat.Add(chatId, windows);
        }

        return windows;
    }
}
