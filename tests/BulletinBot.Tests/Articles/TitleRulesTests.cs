using BulletinBot.Articles;

namespace BulletinBot.Tests.Articles;

/// <summary>The headline: mastheads, section paths, view counts and stamps above it are page chrome.</summary>
public sealed class TitleRulesTests
{
    private const string HaTinhLead = "Ngày 3/11/2024, tại tỉnh Hà Tĩnh, Sở Tư pháp tổ chức hội nghị tập huấn cho 90 hòa giải viên cấp xã.\n";

    private const string GiaLaiTitle = "Tập huấn công tác hòa giải ở cơ sở\n\n";
    private const string GiaLaiEvent = ", tại TP Pleiku, Sở Tư pháp tỉnh Gia Lai tổ chức hội nghị tập huấn cho 120 hòa giải viên.\n";

    private readonly ArticleExtractor extractor = new();

    [Theory]
    [InlineData("Sở Tư pháp tỉnh Hà Tĩnh")]
    [InlineData("Cổng thông tin điện tử tỉnh Hà Tĩnh")]
    [InlineData("Báo Hà Tĩnh điện tử")]
    public void A_masthead_above_the_headline_is_skipped(string masthead) =>
        Assert.Equal("Nâng cao kỹ năng hòa giải ở cơ sở", extractor.Extract(masthead + "\n\nNâng cao kỹ năng hòa giải ở cơ sở\n\n" + HaTinhLead).Title);

    [Theory]
    [InlineData("Nâng cao kỹ năng hòa giải ở cơ sở\n\nLượt xem: 2.417\n\n")]
    [InlineData("Pháp luật | Đời sống\n\nNâng cao kỹ năng hòa giải ở cơ sở\n\n")]
    [InlineData("Thời sự › Địa phương\n\nNâng cao kỹ năng hòa giải ở cơ sở\n\n")]
    [InlineData("Giới thiệu ▾   Tin tức - Sự kiện ▾   Văn bản ▾   Liên hệ\n\nNâng cao kỹ năng hòa giải ở cơ sở\n\n")]
    [InlineData("Trang chủ  ·  Giới thiệu  ·  Tin tức - Sự kiện  ·  Đào tạo - Bồi dưỡng\n\nNâng cao kỹ năng hòa giải ở cơ sở\n\n")]
    [InlineData("Thời sự   Chính trị   Kinh tế   Xã hội   Pháp luật\n\nNâng cao kỹ năng hòa giải ở cơ sở\n\n")]
    public void A_view_count_a_short_breadcrumb_or_a_menu_is_never_the_title(string top) =>
        Assert.Equal("Nâng cao kỹ năng hòa giải ở cơ sở", extractor.Extract(top + HaTinhLead).Title);

    [Theory]
    [InlineData("Công an tỉnh Hà Tĩnh\n\nAn ninh > Tin hoạt động\n\n")]
    [InlineData("Trang chủ / Tin tức\n\n")]
    [InlineData("SỞ TƯ PHÁP HÀ TĨNH\n\nTin tức - Sự kiện\n\n")]
    [InlineData("Phổ biến pháp luật - Hòa giải\n\n")]
    [InlineData("Hội Nông dân tỉnh Hà Tĩnh\n\nTin hoạt động hội\n\n")]
    [InlineData("Ban Chỉ đạo Nhân quyền tỉnh Hà Tĩnh\n\nTin hoạt động\n\n")]
    public void The_first_heading_naming_an_event_beats_mastheads_and_section_paths(string top) =>
        Assert.Equal("Tập huấn kỹ năng hòa giải cho hòa giải viên", extractor.Extract(top + "Tập huấn kỹ năng hòa giải cho hòa giải viên\n\n" + HaTinhLead).Title);

    [Fact]
    public void A_school_named_after_training_is_a_masthead_not_an_event() =>
        Assert.Equal("Tập huấn kỹ năng hòa giải cho hòa giải viên", extractor.Extract(
            "Trung tâm Bồi dưỡng chính trị huyện Can Lộc\n\nTập huấn kỹ năng hòa giải cho hòa giải viên\n\n" + HaTinhLead).Title);

    [Fact]
    public void A_stamp_ending_in_a_time_zone_is_never_the_title() =>
        Assert.Equal("Tập huấn công tác hòa giải ở cơ sở", extractor.Extract(
            "Thứ Hai, 04/03/2024 | 15:20 GMT+7\n\n" + GiaLaiTitle + "Sáng nay" + GiaLaiEvent).Title);

    [Theory]
    [InlineData("Hội thảo \"Giáo dục STEM trong trường phổ thông - Thực trạng và giải pháp\"", "Thứ Sáu, 02/01/2026 08:30 (GMT+7)")]
    [InlineData("Tọa đàm \"Phụ nữ tham gia lãnh đạo, quản lý trong kỷ nguyên mới\"", "12/11/2025 - 16:20")]
    public void A_long_quoted_headline_above_the_stamp_is_the_title(string headline, string stamp) =>
        Assert.Equal(headline, extractor.Extract("Cổng thông tin điện tử Sở Giáo dục và Đào tạo\n\n" + headline + "\n\n" + stamp + "\n\n" + HaTinhLead).Title);
}
