using BulletinBot.Articles.Counts;
using BulletinBot.Articles.Text;
using BulletinBot.Articles;

namespace BulletinBot.Tests.Articles;

public sealed class AttendeeCounterTests
{
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
}
