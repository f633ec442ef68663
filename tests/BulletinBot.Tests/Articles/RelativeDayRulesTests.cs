using BulletinBot.Articles;

namespace BulletinBot.Tests.Articles;

/// <summary>`Sáng nay`, `Hôm qua` resolve against the publication stamp; nothing else borrows the stamp's year.</summary>
public sealed class RelativeDayRulesTests
{
    private const string Title = "Tập huấn công tác hòa giải ở cơ sở\n\n";
    private const string Event = ", tại TP Pleiku, Sở Tư pháp tỉnh Gia Lai tổ chức hội nghị tập huấn cho 120 hòa giải viên.\n";

    private readonly ArticleExtractor extractor = new();

    [Theory]
    [InlineData("Thứ Hai, 04/03/2024 - 15:20", "Sáng nay", "2024-03-04")]
    [InlineData("04/03/2024 15:20", "Chiều nay", "2024-03-04")]
    [InlineData("Cập nhật: 15:20 | 04/03/2024", "Hôm nay", "2024-03-04")]
    [InlineData("Ngày đăng: 04/03/2024", "Hôm qua", "2024-03-03")]
    [InlineData("Đăng ngày: 01/03/2024 - 07:00", "Hôm qua", "2024-02-29")]
    public void A_relative_day_opening_the_lead_resolves_against_the_stamp(string stamp, string relative, string date) =>
        Assert.Equal(date, extractor.Extract(Title + stamp + "\n\n" + relative + Event).Date);

    [Theory]
    [InlineData("Thứ Hai, 04/03/2024 | 15:20 GMT+7", "GLO - Sáng nay", "2024-03-04")]
    [InlineData("04/03/2024 15:20 (GMT+7)", "(Baogialai.vn) - Chiều nay", "2024-03-04")]
    [InlineData("Thứ Hai, 04/03/2024 - 15:20", "Pleiku (TTXVN) - Hôm qua", "2024-03-03")]
    public void A_relative_day_after_an_agency_tag_resolves_against_the_stamp(string stamp, string relative, string date) =>
        Assert.Equal(date, extractor.Extract(Title + stamp + "\n\n" + relative + Event).Date);

    [Theory]
    [InlineData("04/03/2024 | 15:20", "Sáng nay (4/3)", "2024-03-04")]
    [InlineData("Thứ Hai, 04/03/2024 - 15:20", "Hôm qua (3/3)", "2024-03-03")]
    [InlineData("04/03/2024 | 15:20", "Sáng nay (5/3)", "--03-05")]
    public void A_written_day_agreeing_with_the_stamp_takes_its_year(string stamp, string relative, string date) =>
        Assert.Equal(date, extractor.Extract(Title + stamp + "\n\n" + relative + Event).Date);

    [Fact]
    public void A_relative_day_inside_the_event_sentence_resolves_against_the_stamp() =>
        Assert.Equal("2024-03-04", extractor.Extract(Title + "Thứ Hai, 04/03/2024 15:20 GMT+7\n\n"
            + "Sở Tư pháp tỉnh Gia Lai tối nay tổ chức hội nghị tập huấn cho 120 hòa giải viên tại TP Pleiku.\n").Date);

    [Fact]
    public void A_stamp_ending_in_a_time_zone_is_never_the_title() =>
        Assert.Equal("Tập huấn công tác hòa giải ở cơ sở", extractor.Extract(
            "Thứ Hai, 04/03/2024 | 15:20 GMT+7\n\n" + Title + "Sáng nay" + Event).Title);

    [Theory]
    [InlineData("Thứ Hai, 04/03/2024 - 15:20\n\nSáng 4/3" + Event, "--03-04")]
    [InlineData("Sáng nay" + Event, null)]
    public void Without_a_relative_day_or_a_stamp_no_year_is_borrowed(string text, string? date) =>
        Assert.Equal(date, extractor.Extract(Title + text).Date);
}
