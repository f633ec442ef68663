using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BulletinBot.Delivery;

/// <summary>
/// Keeps every send inside Telegram's limits: a steady bot-wide schedule (see <see cref="SteadyPace"/>), and per chat
/// about one message a second, with twenty a minute on top in a group. Pauses asked for by a 429 are kept per chat,
/// and become bot-wide only when several chats are told to wait at once.
/// </summary>
/// <remarks>
/// A chat's limits are kept as a log of its last sends (<see cref="ChatSendLog"/>), not by
/// System.Threading.RateLimiting: a token bucket refilled by a timer let two sends to one chat leave a few milliseconds
/// apart whenever the refill fell between them, and a segmented sliding window frees permits up to a segment early;
/// Telegram counts arrivals in exact windows and answered both with 429s.
/// </remarks>
public sealed class DeliveryPacer
{
    // Every window is kept 2.5 % longer than Telegram's, for sends that reach it a little late (a GC pause, a busy core).
    private const double Headroom = 0.975;
    private static readonly TimeSpan BotWideWindow = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1 / Headroom);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1 / Headroom);

    private readonly DeliveryOptions options;
    private readonly TimeProvider time;
    private readonly SteadyPace global;
    private readonly SteadyPace paidGlobal;
    private readonly ConcurrentDictionary<long, ChatSendLog[]> chats = new();
    private readonly ConcurrentDictionary<long, DateTimeOffset> pausedChats = new();
    private readonly Lock slowDownLock = new();
    private DateTimeOffset globalPauseUntil = DateTimeOffset.MinValue;
    private DateTimeOffset nextForget = DateTimeOffset.MinValue;
    private (long ChatId, DateTimeOffset At) lastSlowDown = (0, DateTimeOffset.MinValue);

    public DeliveryPacer(IOptions<DeliveryOptions> options, TimeProvider time)
    {
        this.options = options.Value;
        this.time = time;
        global = new SteadyPace(this.options.GlobalPerSecond, time);
        paidGlobal = new SteadyPace(this.options.PaidPerSecond, time);
    }

    /// <summary>Takes the chat's permit if it has one now; otherwise says how long until it might.</summary>
    public bool TryTakeChat(long chatId, bool isGroup, out TimeSpan wait)
    {
        wait = TimeSpan.Zero;
        if (options.Unlimited)
        {
            return true;
        }

        var now = time.GetUtcNow();
        if (pausedChats.TryGetValue(chatId, out var until))
        {
            if (until > now)
            {
                wait = until - now;
                return false;
            }

            pausedChats.TryRemove(chatId, out _);
        }

        ForgetIdleChats(now);
        var logs = chats.GetOrAdd(chatId, static (_, state) => state.Pacer.NewLogs(state.IsGroup), (Pacer: this, IsGroup: isGroup));
        lock (logs)
        {
            foreach (var log in logs)
            {
                var logWait = log.WaitBeforeNext(now);
                wait = logWait > wait ? logWait : wait;
            }

            if (wait > TimeSpan.Zero)
            {
                return false;
            }

            foreach (var log in logs)
            {
                log.Add(now);
            }
        }

        return true;
    }

    /// <summary>Telegram answered the chat's latest send; the chat's windows count from now.</summary>
    public void ChatAnswered(long chatId)
    {
        if (chats.TryGetValue(chatId, out var logs))
        {
            var now = time.GetUtcNow();
            lock (logs)
            {
                foreach (var log in logs)
                {
                    log.Answered(now);
                }
            }
        }
    }

    /// <summary>Waits for a chat's permit; for the later parts of a long message, which must follow the first in order.</summary>
    public async Task TakeChatAsync(long chatId, bool isGroup, CancellationToken ct)
    {
        while (!TryTakeChat(chatId, isGroup, out var wait))
        {
            await Task.Delay(wait, time, ct);
        }
    }

    /// <summary>Waits for the bot-wide permit, and for any bot-wide pause Telegram imposed.</summary>
    public async Task TakeGlobalAsync(bool broadcast, CancellationToken ct)
    {
        if (options.Unlimited)
        {
            return;
        }

        var pause = globalPauseUntil - time.GetUtcNow();
        if (pause > TimeSpan.Zero)
        {
            await Task.Delay(pause, time, ct);
        }

        var slot = (broadcast && options.PaidBroadcast ? paidGlobal : global).Reserve();
        if (slot > TimeSpan.Zero)
        {
            await Task.Delay(slot, time, ct);
        }
    }

    public void SlowDown(long chatId, TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        var until = now + retryAfter;
        pausedChats.AddOrUpdate(chatId, until, (_, old) => old > until ? old : until);
        lock (slowDownLock)
        {
            // Telegram does not say whether a 429 is about one chat or the whole bot; two chats told to wait
            // within a second means the bot as a whole is over the limit.
            if (lastSlowDown.ChatId != chatId && now - lastSlowDown.At < BotWideWindow && until > globalPauseUntil)
            {
                globalPauseUntil = until;
            }

            lastSlowDown = (chatId, now);
        }
    }

    public bool IsPausedBotWide => globalPauseUntil > time.GetUtcNow();

    private ChatSendLog[] NewLogs(bool isGroup) => isGroup
        ? [new ChatSendLog(options.GroupPerSecond, Second), new ChatSendLog(options.GroupPerMinute, Minute)]
        : [new ChatSendLog(options.PrivateChatPerSecond, Second)];

    // A broadcast touches every chat once; their logs are dropped once they can no longer hold anything back.
    private void ForgetIdleChats(DateTimeOffset now)
    {
        if (now < nextForget)
        {
            return;
        }

        nextForget = now + Minute;
        foreach (var (chatId, logs) in chats)
        {
            bool idle;
            lock (logs)
            {
                idle = logs.All(l => l.Last + Minute < now);
            }

            if (idle)
            {
                chats.TryRemove(chatId, out _);
            }
        }
    }

    /// <summary>
    /// Bot-wide send slots on a fixed schedule, 2.5 % longer apart than the limit allows: a one-second window then has
    /// 25 ms of slack, so a send that reaches Telegram up to 25 ms late (a GC pause, a busy core) still cannot crowd
    /// the window past the limit. Measured on two cores: 1.5 % slack left one or two 429s a run. Each slot follows the previous
    /// slot, not the moment its waiter woke: a timer that fires late costs nothing, where a replenishment timer
    /// (TokenBucketRateLimiter with one token) lost every late tick for good and reached only ~81 % of 300/s.
    /// An idle pacer banks nothing, so a new burst starts at the limit, never above it.
    /// </summary>
    private sealed class SteadyPace(int perSecond, TimeProvider time)
    {
        private readonly long interval = (long)(time.TimestampFrequency / (perSecond * Headroom));
        private readonly Lock gate = new();
        private long nextSlot = long.MinValue;

        /// <returns>How long until the slot just reserved; zero when it is now.</returns>
        public TimeSpan Reserve()
        {
            var now = time.GetTimestamp();
            long slot;
            lock (gate)
            {
                // A slot up to one interval old was missed by a late wake-up and is still used; an older one means the
                // pacer sat idle, and idle time banks nothing.
                slot = nextSlot >= now - interval ? nextSlot : now;
                nextSlot = slot + interval;
            }

            return TimeSpan.FromSeconds((slot - now) / (double)time.TimestampFrequency);
        }
    }
}
