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

    [Fact]
    public void A_ward_sharing_a_province_name_is_not_the_province()
    {
        var e = extractor.Extract(DanVanTitle + "Ngày 3/11/2024, tại Hội trường Công an tỉnh Lào Cai (phường Yên Bái), Công an tỉnh tổ chức hội nghị tập huấn.\n");
        Assert.Equal("Lào Cai", e.Province);
    }
}
