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
    [InlineData("Tham gia lớp học có 85 hội viên nông dân", 85, false)]
    [InlineData("có mặt 42 viên chức y tế của các trạm", 42, false)]
    [InlineData("hơn 500 người dân tham dự buổi đối thoại", 500, true)]
    [InlineData("gần 250 nông dân tham dự hội nghị đối thoại", 250, false)]
    [InlineData("120 ngư dân của ba xã ven biển tham gia lớp học", 120, false)]
    [InlineData("hơn 90 bác sĩ, điều dưỡng tham dự lớp tập huấn", 90, true)]
    [InlineData("thu hút gần 400 đại diện hộ kinh doanh trên địa bàn", 400, false)]
    [InlineData("Lớp tập huấn dành cho hơn 80 chủ cơ sở kinh doanh thực phẩm tham gia", 80, true)]
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
    [InlineData("hội thảo tham gia thảo luận 3 chủ đề")]
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

    [Theory]
    [InlineData("Dự hội thảo có hơn 140 cán bộ quản lý, giáo viên các trường trong tỉnh.", 140, true)]
    [InlineData("Lớp học có 75 cán bộ, công chức phụ trách văn thư của các xã.", 75, false)]
    [InlineData("Lớp tập huấn diễn ra tại Trung tâm Y tế TX. Sa Pa với 64 viên chức y tế của các trạm.", 64, false)]
    [InlineData("Diễn đàn thu hút gần 300 hội viên nông dân của 12 xã.", 300, false)]
    public void People_of_any_kind_in_a_sentence_about_the_event_are_the_attendees(string sentence, int count, bool atLeast)
    {
        var e = extractor.Extract(BinhThuanLead + sentence + "\n");
        Assert.Equal((count, atLeast), (e.Attendees ?? 0, e.AttendeesAtLeast));
    }

    [Theory]
    [InlineData("Hơn 120 cán bộ y tế cơ sở được tập huấn phòng, chống dịch bệnh", 120, true)]
    [InlineData("Lào Cai: 90 công chức tư pháp được bồi dưỡng nghiệp vụ hộ tịch", 90, false)]
    [InlineData("Hơn 200 hội viên nông dân được tuyên truyền pháp luật về đất đai", 200, true)]
    public void A_count_given_only_in_the_headline_counts(string headline, int count, bool atLeast)
    {
        var e = extractor.Extract(headline + "\n\nNgày 20/5, Sở Y tế tổ chức lớp tập huấn cho cán bộ y tế cơ sở.\n");
        Assert.Equal((count, atLeast), (e.Attendees ?? 0, e.AttendeesAtLeast));
    }

    [Fact]
    public void A_count_in_the_text_wins_over_the_headline() =>
        Assert.Equal(118, extractor.Extract("Hơn 120 cán bộ y tế được tập huấn\n\nNgày 20/5, Sở Y tế tổ chức lớp tập huấn cho 118 cán bộ y tế cơ sở.\n").Attendees);
}
