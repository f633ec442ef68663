using BulletinBot.Articles;

namespace BulletinBot.Tests.Articles;

/// <summary>How many provinces took part: only in sentences about this event, never `tình huống`.</summary>
public sealed class ProvinceCountRulesTests
{
    private const string BinhThuanLead = "Tập huấn khu vực Nam Trung Bộ\n\nNgày 20/5, tại tỉnh Bình Thuận, Bộ Nội vụ tổ chức hội nghị tập huấn khu vực Nam Trung Bộ.\n";

    private readonly ArticleExtractor extractor = new();

    [Fact]
    public void Sentence_dated_another_day_is_another_event()
    {
        var e = extractor.Extract(BinhThuanLead + "Dự hội nghị có hơn 150 đại biểu đến từ 7 tỉnh trong khu vực.\n"
            + "Hội nghị ngày 6/5 tại Lào Cai có 25 tỉnh, thành phố tham dự.\n");
        Assert.Equal(7, e.Provinces);
    }

    [Fact]
    public void A_count_given_only_in_the_headline_counts() =>
        Assert.Equal(63, extractor.Extract("Tập huấn trực tuyến công tác y tế trường học cho 63 tỉnh, thành phố\n\n"
            + "Sáng 18/3/2025, Bộ Giáo dục và Đào tạo tổ chức hội nghị trực tuyến tập huấn công tác y tế trường học.\n").Provinces);

    [Theory]
    [InlineData("Các học viên thực hành xử lý 6 tình huống pháp lý do đại biểu nêu.")]
    [InlineData("Đại biểu tham gia thảo luận 4 tình hình nổi bật trong năm.")]
    public void A_count_of_situations_is_not_a_count_of_provinces(string sentence) =>
        Assert.Null(extractor.Extract(BinhThuanLead + sentence + "\n").Provinces);
}
