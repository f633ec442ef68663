using BulletinBot.Articles;
using BulletinBot.Articles.Counts;
using BulletinBot.Articles.Text;

namespace BulletinBot.Tests.Articles;

/// <summary>How many people attended: the number, the at-least mark, and never counts of other things or other rounds.</summary>
public sealed class AttendeeRulesTests
{
    private const string BinhThuanLead = "Tập huấn khu vực Nam Trung Bộ\n\nNgày 20/5, tại tỉnh Bình Thuận, Bộ Nội vụ tổ chức hội nghị tập huấn khu vực Nam Trung Bộ.\n";

    private readonly ArticleExtractor extractor = new();

    [Theory]
    [InlineData("cùng hơn 250 đại biểu tham dự", 250, true)]
    [InlineData("Trên 150 cán bộ tham dự hội nghị", 150, true)]
    [InlineData("Gần 300 đại biểu tham dự", 300, false)]
    [InlineData("khoảng 200 học viên tham gia lớp học", 200, false)]
    [InlineData("Hơn 1.200 đại biểu tham dự trực tiếp và trực tuyến", 1200, true)]
    [InlineData("với sự tham dự của 180 đại biểu", 180, false)]
    [InlineData("Tham dự có hơn 60 phóng viên, biên tập viên của các cơ quan báo chí", 60, true)]
    [InlineData("45 tuyên truyền viên pháp luật cấp xã tham gia lớp học", 45, false)]
    [InlineData("gần 90 hội viên Hội Luật gia tham dự", 90, false)]
    [InlineData("trên 32 trợ giúp viên pháp lý của tỉnh", 32, true)]
    [InlineData("120 công chức tư pháp - hộ tịch tham dự", 120, false)]
    [InlineData("hơn 40 trợ giúp viên và 75 đại biểu là cán bộ tư pháp tham dự", 75, false)]
    public void Reads_the_number_and_the_at_least_mark(string sentence, int count, bool atLeast)
    {
        var actual = AttendeeCounter.Read(VietnameseText.Fold(sentence))?.Count;
        Assert.True(actual == new AttendeeCount(count, atLeast), $"{sentence}: attendees expected {count}/{atLeast} got {actual}");
    }

    [Theory]
    [InlineData("Hàng trăm đại biểu đã có mặt từ sớm")]
    [InlineData("đại diện 43 tỉnh, thành phố và 5 chuyên đề")]
    [InlineData("tỉnh đạt 7/7 chỉ tiêu")]
    [InlineData("có 15 đại biểu Quốc hội của tỉnh")]
    [InlineData("cán bộ của 11 huyện, thị xã, thành phố")]
    [InlineData("năm qua đã mở 6 lớp học và giải quyết 350 vụ việc")]
    [InlineData("trình bày 8 bài giảng và 4 chuyên đề")]
    [InlineData("đã có 3 học viện chính trị khu vực tham gia")]
    public void Takes_no_number_from_vague_words_or_other_counts(string sentence) =>
        Assert.True(AttendeeCounter.Read(VietnameseText.Fold(sentence)) is null, $"{sentence}: attendees expected null");

    [Fact]
    public void Provinces_are_counted_but_never_taken_as_attendees()
    {
        var e = new ArticleExtractor().Extract("Ngày 4/5, tại tỉnh Hòa Bình, hội nghị có hơn 90 đại biểu của 12 tỉnh, thành phố tham dự.");
        Assert.Equal((90, true, 12), (e.Attendees ?? 0, e.AttendeesAtLeast, e.Provinces ?? 0));
    }

    [Theory]
    [InlineData("Trước đó, ngày 6/5, hội nghị khu vực miền Bắc đã được tổ chức với 300 đại biểu của 21 tỉnh, thành phố.")]
    [InlineData("Dự kiến, hội nghị khu vực phía Nam có 320 đại biểu của 19 tỉnh, thành phố tham dự.")]
    [InlineData("Sắp tới, hội nghị khu vực Tây Bắc sẽ có 250 đại biểu của 12 tỉnh, thành phố tham dự.")]
    public void Counts_of_another_round_are_not_this_events(string otherRound)
    {
        var e = extractor.Extract(BinhThuanLead + otherRound + "\nDự hội nghị có hơn 150 đại biểu đến từ 7 tỉnh trong khu vực.\n");
        Assert.Equal((150, true, 7), (e.Attendees ?? 0, e.AttendeesAtLeast, e.Provinces ?? 0));
    }

    [Theory]
    [InlineData("Phát biểu khai mạc, Chủ tịch Hội Nông dân tỉnh cho biết năm qua các cấp hội đã hỗ trợ hơn 2.300 hội viên vay vốn.")]
    [InlineData("Hiện toàn tỉnh có 8.700 tuyên truyền viên pháp luật ở cơ sở.")]
    public void People_counted_in_year_statistics_are_not_the_attendees(string statistics) =>
        Assert.Null(extractor.Extract(BinhThuanLead + "Hàng trăm cán bộ đã về dự. " + statistics + "\n").Attendees);

    [Fact]
    public void People_the_event_is_held_for_are_the_attendees() =>
        Assert.Equal(85, extractor.Extract(BinhThuanLead + "Hiện toàn tỉnh có 8.700 tuyên truyền viên pháp luật. Lớp tập huấn dành cho 85 tuyên truyền viên cấp xã.\n").Attendees);
}
