namespace BulletinBot.FakeBotApi;

/// <summary>Telegram's flood limits: a global per-second window, one per private chat, one per minute per group.</summary>
internal sealed class TelegramRateLimiter
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly FakeRateLimits _limits;
    private readonly TimeProvider _time;
    private readonly SlidingWindow _global;
    private readonly Dictionary<long, SlidingWindow> _byChat = [];

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
            var chat = chatId is { } id ? WindowOf(id) : null;
            var wait = _global.WaitBeforeNext(now);
            if (chat?.WaitBeforeNext(now) is { } chatWait && chatWait > wait)
            {
                wait = chatWait;
            }

            if (wait > TimeSpan.Zero)
            {
                return Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            }

            _global.Add(now);
            chat?.Add(now);
            return null;
        }
    }

    private SlidingWindow WindowOf(long chatId)
    {
        if (!_byChat.TryGetValue(chatId, out var window))
        {
            window = ChatTypes.IsGroup(chatId)
                ? new SlidingWindow(_limits.PerGroupPerMinute, Minute)
                : new SlidingWindow(_limits.PerChatPerSecond, Second);
            _byChat.Add(chatId, window);
        }

        return window;
    }
}
