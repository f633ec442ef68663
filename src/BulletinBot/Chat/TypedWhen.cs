namespace BulletinBot.Chat;

/// <summary>A day and month as typed, the year only when one was written, and a time when one was given.</summary>
public sealed record TypedWhen(int Day, int Month, int? Year, TimeOnly? Time, bool IsValid)
{
    /// <summary>
    /// The date meant: the written year, or else the next time this day comes round from <paramref name="today"/>.
    /// </summary>
    public DateOnly DateFrom(DateOnly today)
    {
        if (Year is { } year)
        {
            return new DateOnly(year, Month, Day);
        }

        var day = Math.Min(Day, DateTime.DaysInMonth(today.Year, Month));
        var thisYear = new DateOnly(today.Year, Month, day);
        return thisYear >= today ? thisYear : new DateOnly(today.Year + 1, Month, Math.Min(Day, DateTime.DaysInMonth(today.Year + 1, Month)));
    }
}
