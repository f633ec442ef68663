using BulletinBot.Articles;

namespace BulletinBot.Tests.Articles;

/// <summary>Where the event took place and the province it lies in.</summary>
public sealed class PlaceRulesTests
{
    private const string DanVanTitle = "Tập huấn nghiệp vụ công tác dân vận\n\n";

    private readonly ArticleExtractor extractor = new();

    [Fact]
    public void Province_of_a_city_is_found_through_the_gazetteer()
    {
        var e = extractor.Extract("Ngày 9/9, tại thành phố Nha Trang, Sở Tư pháp tổ chức hội nghị tập huấn.");
        Assert.Equal(("Khánh Hòa", "Khánh Hòa", "Trung"), (e.Province, e.CurrentProvince, e.Region));
    }

    [Theory]
    [InlineData("Ngày 3/11/2024, tại Hội trường Sở Tư pháp (phường Tân An, tỉnh Đắk Lắk), Sở Tư pháp tổ chức hội nghị tập huấn.", "Hội trường Sở Tư pháp (phường Tân An, tỉnh Đắk Lắk)", "Đắk Lắk")]
    [InlineData("Ngày 3/11/2024, tại Nhà văn hóa Công an tỉnh Nghệ An (phường Vinh Tân), Công an tỉnh tổ chức hội nghị tập huấn.", "Nhà văn hóa Công an tỉnh Nghệ An (phường Vinh Tân)", "Nghệ An")]
    public void A_bracketed_address_after_the_venue_is_part_of_the_place(string lead, string location, string province)
    {
        var e = extractor.Extract(DanVanTitle + lead + "\n");
        Assert.Equal((location, province), (e.Location, e.Province));
    }

    [Theory]
    [InlineData("Ngày 3/11/2024, Ban Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị tập huấn tại Hội trường Tỉnh ủy.", "Hội trường Tỉnh ủy", "Gia Lai")]
    [InlineData("Ngày 3/11/2024, Sở Nội vụ tỉnh Bắc Giang tổ chức hội nghị tập huấn tại Trung tâm Hội nghị tỉnh.", "Trung tâm Hội nghị tỉnh", "Bắc Giang")]
    [InlineData("Ngày 3/11/2024, Sở Nội vụ tổ chức hội nghị tập huấn tại Trung tâm Hội nghị tỉnh.", "Trung tâm Hội nghị tỉnh", null)]
    public void A_venue_that_names_no_province_takes_the_province_of_its_host_in_the_sentence(string lead, string location, string? province)
    {
        var e = extractor.Extract(DanVanTitle + lead + "\n");
        Assert.Equal((location, province), (e.Location, e.Province));
    }

    [Theory]
    [InlineData("Hội trường Tỉnh ủy Thái Bình", "Thái Bình")]
    [InlineData("Hội trường Tỉnh ủy Hòa Bình", "Hòa Bình")]
    [InlineData("Hội trường Thành ủy Hải Phòng", "Hải Phòng")]
    [InlineData("Hội trường UBND tỉnh Thái Bình", "Thái Bình")]
    public void A_name_after_Tinh_uy_or_Thanh_uy_is_a_province_even_when_it_is_also_a_common_phrase(string venue, string province)
    {
        var e = extractor.Extract(DanVanTitle + $"Ngày 3/11/2024, Sở Tư pháp tổ chức hội nghị tập huấn tại {venue}.\n");
        Assert.Equal((venue, province), (e.Location, e.Province));
    }

    [Theory]
    [InlineData("Ngày 3/11/2024, Huyện ủy Phù Yên tổ chức hội nghị tập huấn tại Hội trường Huyện ủy Phù Yên.", "Sơn La")]
    [InlineData("Ngày 3/11/2024, tại Hội trường Huyện ủy Phù Yên, Ban Tuyên giáo tổ chức hội nghị tập huấn.", "Sơn La")]
    [InlineData("Ngày 3/11/2024, tại hội trường UBND tỉnh Phú Yên, Sở Tư pháp tổ chức hội nghị tập huấn.", "Đắk Lắk")]
    [InlineData("Ngày 3/11/2024, tại tinh Phu Yen, So Tu phap to chuc hoi nghi tap huan.", "Đắk Lắk")]
    public void A_name_written_with_other_tone_marks_is_not_the_province(string lead, string currentProvince)
    {
        var e = extractor.Extract(DanVanTitle + lead + "\n");
        Assert.Equal(currentProvince, e.CurrentProvince);
    }

    [Fact]
    public void A_common_phrase_that_folds_like_a_province_names_no_place()
    {
        var e = extractor.Extract(DanVanTitle + "Ngày 3/11/2024, tại huyện Trạm Tấu, kỹ sư hướng dẫn bà con chăm sóc lúa giai đoạn làm đòng.\n");
        Assert.Equal("Yên Bái", e.Province);
    }

    [Theory]
    [InlineData("BAN TUYÊN GIÁO TỈNH ỦY LAI CHÂU\nTrang chủ | Tin tức\n\n", "", "Lai Châu")]
    [InlineData("Trang chủ | Tin tức\n\n", "\nBản quyền thuộc Sở Tư pháp tỉnh Lai Châu\nĐịa chỉ: phường Tân Phong, thành phố Lai Châu\n", "Lai Châu")]
    [InlineData("BAN TUYÊN GIÁO TỈNH ỦY LAI CHÂU\n\n", "\nBản quyền thuộc Báo Điện Biên Phủ, tỉnh Điện Biên\n", null)]
    public void A_report_naming_its_host_only_as_Tinh_uy_is_in_the_province_of_the_site_that_runs_it(string masthead, string footer, string? province)
    {
        var e = extractor.Extract(masthead + "Hội nghị báo cáo viên cấp tỉnh quý I năm 2025\n\n"
            + "Sáng 20/3/2025, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên tại Hội trường Tỉnh ủy. Tham dự có 300 báo cáo viên trong toàn tỉnh.\n"
            + footer);
        Assert.Equal(province, e.Province);
    }

    [Fact]
    public void A_ward_sharing_a_province_name_is_not_the_province()
    {
        var e = extractor.Extract(DanVanTitle + "Ngày 3/11/2024, tại Hội trường Công an tỉnh Lào Cai (phường Yên Bái), Công an tỉnh tổ chức hội nghị tập huấn.\n");
        Assert.Equal("Lào Cai", e.Province);
    }

    [Theory]
    [InlineData("Ngày 3/11/2024, tại hội trường UBND huyện Bát Xát, Phòng Tư pháp tổ chức lớp bồi dưỡng.", "Lào Cai", "Lào Cai")]
    [InlineData("Ngày 3/11/2024, tại Nhà văn hóa huyện Tuần Giáo, Phòng Tư pháp tổ chức lớp bồi dưỡng.", "Điện Biên", "Điện Biên")]
    [InlineData("Ngày 3/11/2024, tại Trung tâm Văn hóa thị xã Sa Pa, Phòng Nội vụ tổ chức lớp bồi dưỡng.", "Lào Cai", "Lào Cai")]
    [InlineData("Ngày 3/11/2024, tại Trung tâm Y tế TX. Sa Pa, Phòng Y tế tổ chức lớp tập huấn.", "Lào Cai", "Lào Cai")]
    [InlineData("Ngày 3/11/2024, tại Hội trường UBND H. Tuần Giáo, Phòng Tư pháp tổ chức lớp bồi dưỡng.", "Điện Biên", "Điện Biên")]
    [InlineData("Ngày 3/11/2024, tại Nhà văn hóa Q. Bình Thạnh, Phòng Tư pháp tổ chức lớp bồi dưỡng.", "Hồ Chí Minh", "Hồ Chí Minh")]
    [InlineData("Ngày 3/11/2024, Sở Nội vụ tổ chức lớp bồi dưỡng tại cơ sở 2 của trường (Q.3).", "Hồ Chí Minh", "Hồ Chí Minh")]
    [InlineData("Ngày 3/11/2024, tại Hội trường A, Trường Chính trị tỉnh (TP. Bảo Lộc) tổ chức lớp bồi dưỡng.", "Lâm Đồng", "Lâm Đồng")]
    [InlineData("Ngày 3/11/2025, tại hội trường UBND phường Hàm Rồng, Sở Nội vụ tổ chức lớp bồi dưỡng.", "Thanh Hóa", "Thanh Hóa")]
    [InlineData("Ngày 3/11/2025, tại P. Cửa Lò, Sở Nội vụ tổ chức lớp bồi dưỡng.", "Nghệ An", "Nghệ An")]
    [InlineData("Ngày 3/11/2025, tại phường Kon Tum, Sở Nội vụ tổ chức lớp bồi dưỡng.", "Quảng Ngãi", "Quảng Ngãi")]
    [InlineData("Ngày 3/11/2025, tại xã Mèo Vạc, Sở Nội vụ tổ chức lớp bồi dưỡng.", "Tuyên Quang", "Tuyên Quang")]
    public void A_district_or_commune_in_the_venue_gives_its_province(string lead, string province, string current)
    {
        var e = extractor.Extract(DanVanTitle + lead + "\n");
        Assert.Equal((province, current), (e.Province, e.CurrentProvince));
    }

    [Theory]
    [InlineData("Ngày 3/11/2024, tại Hội trường UBND huyện Bảo Lâm, Phòng Tư pháp tổ chức lớp bồi dưỡng.", null)]
    [InlineData("Ngày 3/11/2024, tại Hội trường UBND huyện Bảo Lâm, Phòng Tư pháp tổ chức lớp bồi dưỡng. Giám đốc Sở Tư pháp tỉnh Cao Bằng dự.", "Cao Bằng")]
    [InlineData("Ngày 3/11/2025, tại hội trường UBND xã Tân Phú, Phòng Nội vụ tổ chức lớp bồi dưỡng.", null)]
    [InlineData("Ngày 3/11/2025, tại hội trường UBND xã Tân Phú, Hội Nông dân tỉnh Đồng Nai tổ chức lớp bồi dưỡng.", "Đồng Nai")]
    public void A_name_shared_by_several_provinces_counts_only_for_one_the_article_names(string lead, string? province) =>
        Assert.Equal(province, extractor.Extract(DanVanTitle + lead + "\n").Province);

    [Theory]
    [InlineData("Lai Châu tổ chức lớp bồi dưỡng công tác dân vận\n\nNgày 3/11/2024, Ban Dân vận tổ chức lớp bồi dưỡng cho 80 cán bộ.", "Lai Châu")]
    [InlineData("Điện Biên: Tập huấn công tác dân vận cho cán bộ cơ sở\n\nNgày 3/11/2024, Ban Dân vận tổ chức lớp bồi dưỡng cho 80 cán bộ.", "Điện Biên")]
    [InlineData("Tuần Giáo: Tập huấn công tác dân vận cho cán bộ cơ sở\n\nNgày 3/11/2024, Ban Dân vận tổ chức lớp bồi dưỡng cho 80 cán bộ.", "Điện Biên")]
    [InlineData("Tập huấn công tác dân vận\n\nNgày 3/11/2024, Sở Tư pháp tỉnh Bắc Kạn tổ chức lớp bồi dưỡng cho 80 cán bộ.", "Bắc Kạn")]
    [InlineData("Tập huấn công tác nhân quyền\n\nNgày 3/11/2024, Ban Chỉ đạo Nhân quyền TP Cần Thơ tổ chức hội nghị tập huấn.", "Cần Thơ")]
    [InlineData("Tập huấn công tác dân vận\n\nNgày 3/11/2024, UBND huyện Ea Kar tổ chức lớp bồi dưỡng cho 80 cán bộ.", "Đắk Lắk")]
    [InlineData("Tập huấn công tác dân vận\n\nNgày 3/11/2024, Ban Dân vận tổ chức lớp bồi dưỡng. Ông Lò Văn Sơn cho biết tỉnh Sơn La có nhiều cố gắng.", "Sơn La")]
    public void Without_a_venue_the_province_comes_from_the_headline_the_host_or_the_only_province_named(string text, string province) =>
        Assert.Equal(province, extractor.Extract(text + "\n").Province);

    [Theory]
    [InlineData("Tiền Giang: Tập huấn trồng sầu riêng\n\nNgày 10/8, Chi cục Trồng trọt tổ chức lớp tập huấn tại hội trường UBND xã Hậu Thành.", "Tiền Giang")]
    [InlineData("Tập huấn trồng lúa\n\nNgày 10/8, Chi cục Trồng trọt tổ chức lớp tập huấn tại hội trường UBND xã Hậu Thạnh.", "Tây Ninh")]
    public void A_commune_name_must_carry_the_tone_marks_the_gazetteer_spells(string text, string province) =>
        Assert.Equal(province, extractor.Extract(text + "\n").Province);

    [Theory]
    [InlineData("Ngày 3/4/2025, diễn đàn diễn ra tại hội trường UBND xã Thạnh Trị, TX. Kiến Tường. Vùng Đồng Tháp Mười của tỉnh Long An có nhiều lúa.", "Long An")]
    public void Units_that_disagree_give_the_province_the_article_names_elsewhere(string lead, string province) =>
        Assert.Equal(province, extractor.Extract(DanVanTitle + lead + "\n").Province);

    [Fact]
    public void The_central_point_of_an_online_meeting_is_where_it_was_held() =>
        Assert.Equal("Hà Nội", extractor.Extract("Tập huấn trực tuyến về bảo hiểm y tế\n\nNgày 3/11/2024, Bộ Y tế tổ chức hội nghị trực tuyến tập huấn. "
            + "Điểm cầu Trung ương đặt tại trụ sở Bộ Y tế (Hà Nội), kết nối tới 34 điểm cầu. "
            + "Tại điểm cầu tỉnh Đồng Tháp, ông Lê Văn Tư, Phó Giám đốc Sở Y tế, kiến nghị sớm sửa quy định.\n").Province);

    [Fact]
    public void A_connection_point_of_an_online_meeting_is_not_where_it_was_held() =>
        Assert.Null(extractor.Extract("Tập huấn trực tuyến về bảo hiểm y tế\n\nNgày 3/11/2024, Bộ Y tế tổ chức hội nghị trực tuyến tập huấn. "
            + "Tại điểm cầu tỉnh Đồng Tháp, ông Lê Văn Tư, Phó Giám đốc Sở Y tế, kiến nghị sớm sửa quy định.\n").Province);

    [Theory]
    [InlineData("Ngày 8/10, tại Hội trường Trường Chính trị tỉnh, TP Hải Dương, Ban Dân vận tổ chức lớp bồi dưỡng.", "Hội trường Trường Chính trị tỉnh, TP Hải Dương")]
    [InlineData("Ngày 8/10, tại Nhà văn hóa xã Bum Nưa, huyện Mường Tè, Tỉnh Đoàn tổ chức lớp bồi dưỡng.", "Nhà văn hóa xã Bum Nưa, huyện Mường Tè")]
    [InlineData("Ngày 8/10, tại Nhà văn hóa xã Bum Nưa, Tỉnh Đoàn Lai Châu tổ chức lớp bồi dưỡng.", "Nhà văn hóa xã Bum Nưa")]
    public void An_address_after_a_comma_belongs_to_the_venue_but_a_body_does_not(string lead, string location) =>
        Assert.Equal(location, extractor.Extract(DanVanTitle + lead + "\n").Location);

    [Fact]
    public void A_place_named_in_a_sentence_about_something_else_is_not_the_venue()
    {
        var e = extractor.Extract("Bộ Y tế tập huấn trực tuyến\n\nSáng 14/5/2024, Bộ Y tế tổ chức hội nghị trực tuyến tập huấn. "
            + "Hội nghị được tổ chức tại điểm cầu chính ở trụ sở Bộ Y tế (số 12A Lê Lợi, Hà Nội), kết nối 63 điểm cầu.\n"
            + "Tại điểm cầu tỉnh Cà Mau, ông Lê Văn Tư, Phó Giám đốc Sở Y tế, kiến nghị sớm sửa quy định.\n");
        Assert.Equal("Hà Nội", e.Province);
    }

    [Fact]
    public void And_between_capitalised_words_of_a_venue_continues_its_name() =>
        Assert.Equal("Trung tâm Hội nghị và Triển lãm tỉnh (TP. Thủ Dầu Một)", extractor.Extract(DanVanTitle
            + "Sáng 9/12/2024, tại Trung tâm Hội nghị và Triển lãm tỉnh (TP. Thủ Dầu Một), Cục Thuế tổ chức hội nghị.\n").Location);
}
