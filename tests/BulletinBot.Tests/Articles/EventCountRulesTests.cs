using BulletinBot.Articles;

namespace BulletinBot.Tests.Articles;

/// <summary>Counts and years belong to this event: other rounds are skipped, the event's name lends its year to a later date.</summary>
public sealed class EventCountRulesTests
{
    private const string Lead = "Tập huấn khu vực Nam Trung Bộ\n\nNgày 20/5, tại tỉnh Bình Thuận, Bộ Nội vụ tổ chức hội nghị tập huấn khu vực Nam Trung Bộ.\n";

    private readonly ArticleExtractor extractor = new();

    [Theory]
    [InlineData("Trước đó, ngày 6/5, hội nghị khu vực miền Bắc đã được tổ chức với 300 đại biểu của 21 tỉnh, thành phố.")]
    [InlineData("Dự kiến, hội nghị khu vực phía Nam có 320 đại biểu của 19 tỉnh, thành phố tham dự.")]
    [InlineData("Sắp tới, hội nghị khu vực Tây Bắc sẽ có 250 đại biểu của 12 tỉnh, thành phố tham dự.")]
    public void Counts_of_another_round_are_not_this_events(string otherRound)
    {
        var e = extractor.Extract(Lead + otherRound + "\nDự hội nghị có hơn 150 đại biểu đến từ 7 tỉnh trong khu vực.\n");
        Assert.Equal((150, true, 7), (e.Attendees ?? 0, e.AttendeesAtLeast, e.Provinces ?? 0));
    }

    [Fact]
    public void Sentence_dated_another_day_is_another_event()
    {
        var e = extractor.Extract(Lead + "Dự hội nghị có hơn 150 đại biểu đến từ 7 tỉnh trong khu vực.\n"
            + "Hội nghị ngày 6/5 tại Lào Cai có 25 tỉnh, thành phố tham dự.\n");
        Assert.Equal(7, e.Provinces);
    }

    [Theory]
    [InlineData("Lớp học diễn ra ngày 7/10 tại thành phố Hà Tĩnh.", "2024-10-07")]
    [InlineData("Hội nghị diễn ra ngày 7/10 tại thành phố Hà Tĩnh.", "2024-10-07")]
    [InlineData("Chương trình diễn ra ngày 7/10 tại thành phố Hà Tĩnh.", "2024-10-07")]
    [InlineData("Năm 2023, Sở đã mở 3 lớp tương tự. Lớp học diễn ra ngày 7/10 tại thành phố Hà Tĩnh.", "--10-07")]
    public void Event_name_year_carries_to_a_date_that_refers_back(string next, string date)
    {
        var e = extractor.Extract("Bồi dưỡng kỹ năng cho cán bộ cấp xã\n\nSở Nội vụ tỉnh Hà Tĩnh vừa phối hợp với Trường Chính trị tỉnh tổ chức "
            + "Hội nghị bồi dưỡng kỹ năng lãnh đạo năm 2024 cho cán bộ cấp xã. " + next + "\n");
        Assert.Equal(date, e.Date);
    }

    [Theory]
    [InlineData("Các học viên thực hành xử lý 6 tình huống pháp lý do đại biểu nêu.")]
    [InlineData("Đại biểu tham gia thảo luận 4 tình hình nổi bật trong năm.")]
    public void A_count_of_situations_is_not_a_count_of_provinces(string sentence) =>
        Assert.Null(extractor.Extract(Lead + sentence + "\n").Provinces);

    [Theory]
    [InlineData("Phát biểu khai mạc, Chủ tịch Hội Nông dân tỉnh cho biết năm qua các cấp hội đã hỗ trợ hơn 2.300 hội viên vay vốn.")]
    [InlineData("Hiện toàn tỉnh có 8.700 tuyên truyền viên pháp luật ở cơ sở.")]
    public void People_counted_in_year_statistics_are_not_the_attendees(string statistics) =>
        Assert.Null(extractor.Extract(Lead + "Hàng trăm cán bộ đã về dự. " + statistics + "\n").Attendees);

    [Fact]
    public void People_the_event_is_held_for_are_the_attendees() =>
        Assert.Equal(85, extractor.Extract(Lead + "Hiện toàn tỉnh có 8.700 tuyên truyền viên pháp luật. Lớp tập huấn dành cho 85 tuyên truyền viên cấp xã.\n").Attendees);
}
