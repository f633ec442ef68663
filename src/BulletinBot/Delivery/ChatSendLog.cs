namespace BulletinBot.Delivery;

/// <summary>
/// The last few sends to one chat, kept the way Telegram counts them: at most <c>limit</c> in any <c>window</c>. A
/// send is stamped when it is answered, not when it leaves, so a request slow on the wire cannot make the next one
/// arrive too soon after it.
/// </summary>
internal sealed class ChatSendLog(int limit, TimeSpan window)
{
    private readonly DateTimeOffset[] stamps = new DateTimeOffset[limit];
    private int count;
    private int oldest;

    public DateTimeOffset Last => count == 0 ? DateTimeOffset.MinValue : stamps[(oldest + count - 1) % stamps.Length];

    /// <returns>How long until one more send fits; zero when it fits now.</returns>
    public TimeSpan WaitBeforeNext(DateTimeOffset now)
    {
        if (count < stamps.Length)
        {
            return TimeSpan.Zero;
        }

        var free = stamps[oldest] + window;
        return free > now ? free - now : TimeSpan.Zero;
    }

    public void Add(DateTimeOffset now)
    {
        if (count < stamps.Length)
        {
            stamps[(oldest + count++) % stamps.Length] = now;
            return;
        }

        stamps[oldest] = now;
        oldest = (oldest + 1) % stamps.Length;
    }

    /// <summary>Moves the latest send's stamp to when Telegram answered it.</summary>
    public void Answered(DateTimeOffset now)
    {
        if (count > 0)
        {
            stamps[(oldest + count - 1) % stamps.Length] = now;
        }
    }
}
