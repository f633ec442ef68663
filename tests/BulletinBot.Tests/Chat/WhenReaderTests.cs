using BulletinBot.Chat;

namespace BulletinBot.Tests.Chat;

public sealed class WhenReaderTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Theory]
    [InlineData("16/8/2026", "2026-08-16", null)]
    [InlineData("16-8-2026", "2026-08-16", null)]
    [InlineData("16.8.2026", "2026-08-16", null)]
    [InlineData("16/08/2026 14:30", "2026-08-16", "14:30")]
    [InlineData("2026-08-16", "2026-08-16", null)]
    [InlineData("ngày 16 tháng 8 năm 2026", "2026-08-16", null)]
    [InlineData("Ngày 16 tháng 8 năm 2026, 8 giờ", "2026-08-16", "08:00")]
    [InlineData("16/8/2026 8h00", "2026-08-16", "08:00")]
    [InlineData("16/8/2026 8h", "2026-08-16", "08:00")]
    [InlineData("16/8/2026 14 giờ 30", "2026-08-16", "14:30")]
    [InlineData("16/8/2026 lúc 14 giờ 30 phút", "2026-08-16", "14:30")]
    [InlineData("16/8/2026 8g30", "2026-08-16", "08:30")]
    [InlineData("8h30 16/8/2026", "2026-08-16", "08:30")]
    [InlineData("chiều 16/8/2026 lúc 2 giờ", "2026-08-16", "14:00")]
    [InlineData("tối 16/8/2026 7h", "2026-08-16", "19:00")]
    [InlineData("sáng 16/8/2026 9h", "2026-08-16", "09:00")]
    [InlineData("16/8/26", "2026-08-16", null)]
    public void Dates_and_times_in_every_form_people_type(string text, string date, string? time)
    {
        var when = WhenReader.Read(text);

        Assert.NotNull(when);
        Assert.True(when.IsValid, text);
        Assert.Equal(date, when.DateFrom(Today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(time, when.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("sáng 16/8", 2027)]
    [InlineData("25/12", 2026)]
    [InlineData("2/12", 2026)]
    [InlineData("1/12", 2027)]
    public void A_date_without_a_year_is_the_next_time_that_day_comes(string text, int year)
    {
        var when = WhenReader.Read(text);

        Assert.NotNull(when);
        Assert.Null(when.Year);
        Assert.Equal(year, when.DateFrom(Today).Year);
    }

    [Theory]
    [InlineData("31/2/2026")]
    [InlineData("16/13/2026")]
    [InlineData("16/8/2026 25:00")]
    [InlineData("16/8/2026 8h75")]
    public void Impossible_dates_and_times_are_not_valid(string text) =>
        Assert.False(WhenReader.Read(text)?.IsValid ?? true, text);

    [Theory]
    [InlineData("")]
    [InlineData("tuần sau")]
    [InlineData("Hội trường A, Hà Nội")]
    public void Text_without_a_date_reads_as_none(string text) => Assert.Null(WhenReader.Read(text));
}
