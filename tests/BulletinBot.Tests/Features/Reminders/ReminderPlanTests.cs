using System.Globalization;
using BulletinBot.Features.Reminders;

namespace BulletinBot.Tests.Features.Reminders;

/// <summary>When the reminders of an event fall due, in the office's zone.</summary>
public sealed class ReminderPlanTests
{
    private static readonly TimeZoneInfo Hanoi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    [Fact]
    public void An_event_with_a_time_is_reminded_at_each_offset_before_it()
    {
        var e = Event("2026-08-16", "08:00", [TimeSpan.FromDays(1), TimeSpan.FromHours(1)]);

        var plan = e.Plan(Hanoi, new TimeOnly(8, 0));

        Assert.Equal(["1d", "1h"], plan.Select(p => p.OffsetKey));
        Assert.Equal([At("2026-08-15T08:00:00+07:00"), At("2026-08-16T07:00:00+07:00")], plan.Select(p => p.Due));
        Assert.Equal("2026-08-16T08:00", e.Starts);
    }

    [Fact]
    public void An_event_known_only_by_its_day_is_reminded_once_at_the_configured_hour_the_day_before()
    {
        var e = Event("2026-08-16", null, [TimeSpan.FromDays(1), TimeSpan.FromHours(1)]);

        var plan = e.Plan(Hanoi, new TimeOnly(8, 0));

        Assert.Equal([("eve", At("2026-08-15T08:00:00+07:00"))], plan.Select(p => (p.OffsetKey, p.Due)));
        Assert.Equal("2026-08-16", e.Starts);
    }

    [Fact]
    public void An_event_with_no_reminder_times_is_not_reminded()
    {
        Assert.Empty(Event("2026-08-16", "08:00", []).Plan(Hanoi, new TimeOnly(8, 0)));
    }

    [Theory]
    [InlineData(86400, "1d")]
    [InlineData(3600, "1h")]
    [InlineData(5400, "1h30m")]
    [InlineData(3590, "59m50s")]
    public void Offsets_read_as_short_key_parts(int seconds, string key)
    {
        Assert.Equal(key, ReminderOffsets.Key(TimeSpan.FromSeconds(seconds)));
    }

    private static ReminderEvent Event(string day, string? time, TimeSpan[] offsets) => new()
    {
        EventId = 17, Title = "Hội nghị", StartsOn = day, StartsAt = time, Place = "Huế", PlaceEn = "Huế", Offsets = ReminderOffsets.Write(offsets),
    };

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
