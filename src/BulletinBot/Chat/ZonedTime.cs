namespace BulletinBot.Chat;

/// <summary>Between the office's wall clock and instants, with the two daylight-saving cases decided once.</summary>
public static class ZonedTime
{
    /// <summary>
    /// The instant a wall-clock time names in <paramref name="zone"/>. A time skipped when clocks go forward is read as
    /// the same distance past the jump (02:30 → 03:30); a time that happens twice when they go back is the first one.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var gap = zone.GetUtcOffset(local.AddDays(1)) - zone.GetUtcOffset(local.AddDays(-1));
            local = local.Add(gap.Duration());
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    public static DateTime Local(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    public static DateOnly Today(DateTimeOffset now, TimeZoneInfo zone) => DateOnly.FromDateTime(Local(now, zone));

    /// <summary>`16/08/2026 07:30` in the office's zone.</summary>
    public static string Show(DateTimeOffset instant, TimeZoneInfo zone) =>
        Local(instant, zone).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
