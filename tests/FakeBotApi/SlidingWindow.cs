namespace BulletinBot.FakeBotApi;

/// <summary>The last <c>capacity</c> arrival times in a ring; a new arrival fits once the oldest left the window.</summary>
internal sealed class SlidingWindow(int capacity, TimeSpan window)
{
    private readonly long[] _arrivalTicks = new long[capacity];
    private int _count;
    private int _oldest;

    /// <returns>How long until one more arrival fits; zero when it fits now.</returns>
    public TimeSpan WaitBeforeNext(long nowTicks)
    {
        if (_count < _arrivalTicks.Length)
        {
            return TimeSpan.Zero;
        }

        var freeAt = _arrivalTicks[_oldest] + window.Ticks;
        return freeAt > nowTicks ? TimeSpan.FromTicks(freeAt - nowTicks) : TimeSpan.Zero;
    }

    public void Add(long nowTicks)
    {
        if (_count < _arrivalTicks.Length)
        {
            _arrivalTicks[(_oldest + _count++) % _arrivalTicks.Length] = nowTicks;
            return;
        }

        _arrivalTicks[_oldest] = nowTicks;
        _oldest = (_oldest + 1) % _arrivalTicks.Length;
    }
}
