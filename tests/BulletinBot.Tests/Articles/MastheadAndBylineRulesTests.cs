using BulletinBot.Articles;

namespace BulletinBot.Tests.Articles;

/// <summary>A masthead above the headline is not the title; a byline tag does not open the summary.</summary>
public sealed class MastheadAndBylineRulesTests
{
    private const string Lead = "Ngày 3/11/2024, tại tỉnh Hà Tĩnh, Sở Tư pháp tổ chức hội nghị tập huấn cho 90 hòa giải viên cấp xã.\n";

    private readonly ArticleExtractor extractor = new();

    [Theory]
    [InlineData("Sở Tư pháp tỉnh Hà Tĩnh")]
    [InlineData("Cổng thông tin điện tử tỉnh Hà Tĩnh")]
    [InlineData("Báo Hà Tĩnh điện tử")]
    public void A_masthead_above_the_headline_is_skipped(string masthead) =>
        Assert.Equal("Nâng cao kỹ năng hòa giải ở cơ sở", extractor.Extract(masthead + "\n\nNâng cao kỹ năng hòa giải ở cơ sở\n\n" + Lead).Title);

    [Theory]
    [InlineData("Nâng cao kỹ năng hòa giải ở cơ sở\n\nLượt xem: 2.417\n\n")]
    [InlineData("Pháp luật | Đời sống\n\nNâng cao kỹ năng hòa giải ở cơ sở\n\n")]
    [InlineData("Thời sự › Địa phương\n\nNâng cao kỹ năng hòa giải ở cơ sở\n\n")]
    public void A_view_count_or_a_short_breadcrumb_is_never_the_title(string top) =>
        Assert.Equal("Nâng cao kỹ năng hòa giải ở cơ sở", extractor.Extract(top + Lead).Title);

    [Theory]
    [InlineData("Công an tỉnh Hà Tĩnh\n\nAn ninh > Tin hoạt động\n\n")]
    [InlineData("Trang chủ / Tin tức\n\n")]
    [InlineData("SỞ TƯ PHÁP HÀ TĨNH\n\nTin tức - Sự kiện\n\n")]
    [InlineData("Phổ biến pháp luật - Hòa giải\n\n")]
    [InlineData("Hội Nông dân tỉnh Hà Tĩnh\n\nTin hoạt động hội\n\n")]
    [InlineData("Ban Chỉ đạo Nhân quyền tỉnh Hà Tĩnh\n\nTin hoạt động\n\n")]
    public void The_first_heading_naming_an_event_beats_mastheads_and_section_paths(string top) =>
        Assert.Equal("Tập huấn kỹ năng hòa giải cho hòa giải viên", extractor.Extract(top + "Tập huấn kỹ năng hòa giải cho hòa giải viên\n\n" + Lead).Title);

    [Fact]
    public void A_school_named_after_training_is_a_masthead_not_an_event() =>
        Assert.Equal("Tập huấn kỹ năng hòa giải cho hòa giải viên", extractor.Extract(
            "Trung tâm Bồi dưỡng chính trị huyện Can Lộc\n\nTập huấn kỹ năng hòa giải cho hòa giải viên\n\n" + Lead).Title);

    [Fact]
    public void A_body_of_the_central_level_organises() =>
        Assert.Equal(["Trung ương Hội Nông dân Việt Nam", "Hội Nông dân tỉnh Hà Tĩnh"], extractor.Extract(
            "Nâng cao kỹ năng hòa giải ở cơ sở\n\nNgày 3/11/2024, tại tỉnh Hà Tĩnh, Trung ương Hội Nông dân Việt Nam phối hợp với Hội Nông dân tỉnh Hà Tĩnh tổ chức hội nghị tập huấn.\n").Organizers);

    [Theory]
    [InlineData("Báo cáo viên là ThS. Lê Văn Hải – Phó Vụ trưởng Vụ Pháp chế và TS. Trần Thu Hà – Trưởng phòng Vụ Pháp chế.", "Lê Văn Hải", "Phó Vụ trưởng Vụ Pháp chế")]
    [InlineData("Dự hội nghị có bà Hà Thị Lan, Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh phát biểu.", "Hà Thị Lan", "Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh")]
    public void A_role_ends_at_the_next_person_but_not_inside_a_body_name(string sentence, string name, string role) =>
        Assert.Equal(role, extractor.Extract("Nâng cao kỹ năng hòa giải ở cơ sở\n\n" + Lead + sentence + "\n").People.First(p => p.Name == name).Role);

    [Theory]
    [InlineData("(HTO) - ")]
    [InlineData("(Baohatinh.vn) - ")]
    [InlineData("TTXVN – ")]
    public void A_byline_tag_is_stripped_from_the_summary(string tag) =>
        Assert.StartsWith("Ngày 3/11/2024", extractor.Extract("Nâng cao kỹ năng hòa giải ở cơ sở\n\n" + tag + Lead).Summary);
}
