using System.Globalization;
using BulletinBot.Chat;
using Microsoft.Extensions.Time.Testing;

namespace BulletinBot.Tests.Chat;

/// <summary>Every way to say when a reminder should come, read against a fake clock in the office's zone.</summary>
public sealed class MomentReaderTests
{
    private static readonly TimeZoneInfo Hanoi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    // Monday 10/08/2026 09:00 in Hà Nội.
    [InlineData("2026-08-10T09:00:00+07:00", "2h", "2026-08-10T11:00:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "30m", "2026-08-10T09:30:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "1d", "2026-08-11T09:00:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "1h30m", "2026-08-10T10:30:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "2 giờ nữa", "2026-08-10T11:00:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "sau 45 phút", "2026-08-10T09:45:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "thứ 2 8:00", "2026-08-17T08:00:00+07:00")]
    [InlineData("2026-08-10T07:00:00+07:00", "thứ 2 8:00", "2026-08-10T08:00:00+07:00")]
    [InlineData("2026-08-09T20:00:00+07:00", "thứ 2 8:00", "2026-08-10T08:00:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "Thứ Hai 8h", "2026-08-17T08:00:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "thứ 6", "2026-08-14T08:00:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "chủ nhật 19h", "2026-08-16T19:00:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "CN 19h30", "2026-08-16T19:30:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "thứ 3 tuần sau 14h", "2026-08-18T14:00:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "16/8 7:30", "2026-08-16T07:30:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "16/08/2026 07:30", "2026-08-16T07:30:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "20/8", "2026-08-20T08:00:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "ngày mai 8h", "2026-08-11T08:00:00+07:00")]
    [InlineData("2026-08-10T23:59:00+07:00", "ngày mai 8h", "2026-08-11T08:00:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "mai lúc 7h15", "2026-08-11T07:15:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "sáng mai", "2026-08-11T08:00:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "chiều mai 3 giờ", "2026-08-11T15:00:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "tối nay", "2026-08-10T20:00:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "tối nay 9h", "2026-08-10T21:00:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "hôm nay 15:45", "2026-08-10T15:45:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "17:00", "2026-08-10T17:00:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "17h00", "2026-08-10T17:00:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "17h", "2026-08-11T02:00:00+07:00")]
    [InlineData("2026-08-10T09:00:00+07:00", "ngày mốt", "2026-08-12T08:00:00+07:00")]
    public void A_time_form_is_read_in_the_office_zone(string now, string typed, string expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));

        var moment = MomentReader.Read(typed, clock.GetUtcNow(), Hanoi);

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), moment);
    }

    [Fact]
    public void Tomorrow_is_the_office_days_tomorrow_at_23_59_even_when_UTC_has_moved_on()
    {
        // 23:59 in Hà Nội is 16:59 UTC; a minute later it is Tuesday there but still Monday in UTC.
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-08-10T16:59:00Z", CultureInfo.InvariantCulture));

        var justBefore = MomentReader.Read("ngày mai 8h", clock.GetUtcNow(), Hanoi);
        clock.Advance(TimeSpan.FromMinutes(2));
        var justAfter = MomentReader.Read("ngày mai 8h", clock.GetUtcNow(), Hanoi);

        Assert.Equal(DateTimeOffset.Parse("2026-08-11T08:00:00+07:00", CultureInfo.InvariantCulture), justBefore);
        Assert.Equal(DateTimeOffset.Parse("2026-08-12T08:00:00+07:00", CultureInfo.InvariantCulture), justAfter);
    }

    [Theory]
    // Saturday 28/03/2026 10:00 in Berlin (UTC+1); clocks go forward to UTC+2 at 02:00 on Sunday.
    [InlineData("ngày mai 8h", "2026-03-29T06:00:00Z")]
    [InlineData("1d", "2026-03-29T09:00:00Z")]
    [InlineData("24h", "2026-03-29T09:00:00Z")]
    [InlineData("ngày mai 2:30", "2026-03-29T01:30:00Z")]
    [InlineData("chủ nhật 10h", "2026-03-29T08:00:00Z")]
    public void Across_a_daylight_saving_change_wall_clock_forms_keep_the_clock_and_durations_keep_the_hours(string typed, string expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-28T09:00:00Z", CultureInfo.InvariantCulture));

        var moment = MomentReader.Read(typed, clock.GetUtcNow(), Berlin);

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), moment?.ToUniversalTime());
    }

    [Theory]
    [InlineData("")]
    [InlineData("khi nào rảnh")]
    [InlineData("thứ 2 khi nào rảnh")]
    [InlineData("31/2 8h")]
    [InlineData("ngày mai 25h")]
    public void Text_that_names_no_moment_is_not_guessed(string typed)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-08-10T02:00:00Z", CultureInfo.InvariantCulture));

        Assert.Null(MomentReader.Read(typed, clock.GetUtcNow(), Hanoi));
    }
}
