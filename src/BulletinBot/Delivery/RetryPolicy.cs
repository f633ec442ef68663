namespace BulletinBot.Delivery;

/// <summary>
/// Exponential backoff with "equal jitter": half the delay is fixed, half random, so many chats failing together
/// (a Telegram outage) do not all come back in the same second.
/// </summary>
public sealed class RetryPolicy(TimeSpan first, TimeSpan max, int maxAttempts)
{
    public int MaxAttempts => maxAttempts;

    public bool ShouldGiveUp(long attempt) => attempt >= maxAttempts;

    /// <param name="attempt">The attempt that just failed, from 1.</param>
    /// <param name="jitter">A number in [0, 1).</param>
    public TimeSpan DelayAfter(long attempt, double jitter)
    {
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 30);
        var ceiling = Math.Min(first.TotalMilliseconds * Math.Pow(2, exponent), max.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(ceiling / 2 + ceiling / 2 * jitter);
    }
}
