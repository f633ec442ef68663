namespace BulletinBot.Scheduling;

/// <summary>
/// What a job does with a firing that comes late, typically the one Quartz makes at start for a trigger due while the
/// bot was down: within the grace it is done as if on time; beyond it, it is skipped and the skip recorded with its
/// reason, because a reminder hours late says the wrong thing.
/// </summary>
public static class MisfirePolicy
{
    /// <summary>How much later than <paramref name="due"/> this firing runs, when that is more than <paramref name="grace"/>.</summary>
    public static TimeSpan? BeyondGrace(DateTimeOffset due, DateTimeOffset now, TimeSpan grace) =>
        now - due > grace ? now - due : null;

    /// <summary>`7 giờ 5 phút` or `7 h 5 min`, for the recorded reason.</summary>
    public static string Describe(TimeSpan late, bool english)
    {
        var hours = (int)late.TotalHours;
        var minutes = late.Minutes;
        return (english, hours) switch
        {
            (true, > 0) => $"{hours} h {minutes} min",
            (true, _) => $"{minutes} min",
            (false, > 0) => $"{hours} giờ {minutes} phút",
            _ => $"{minutes} phút",
        };
    }
}
