using BulletinBot.Articles;

namespace BulletinBot.Tests.Articles;

/// <summary>The bodies that organised the event.</summary>
public sealed class OrganizerRulesTests
{
    private readonly ArticleExtractor extractor = new();

    [Fact]
    public void Organizer_is_read_from_do_to_chuc()
    {
        var e = extractor.Extract("Ngày 9/9, tại tỉnh Bến Tre, hội nghị tập huấn do Sở Lao động - Thương binh và Xã hội tổ chức đã khai mạc.");
        Assert.Equal(["Sở Lao động - Thương binh và Xã hội"], e.Organizers);
    }

    [Fact]
    public void A_body_of_the_central_level_organises() =>
        Assert.Equal(["Trung ương Hội Nông dân Việt Nam", "Hội Nông dân tỉnh Hà Tĩnh"], extractor.Extract(
            "Nâng cao kỹ năng hòa giải ở cơ sở\n\nNgày 3/11/2024, tại tỉnh Hà Tĩnh, Trung ương Hội Nông dân Việt Nam phối hợp với Hội Nông dân tỉnh Hà Tĩnh tổ chức hội nghị tập huấn.\n").Organizers);

    [Theory]
    [InlineData("vừa")]
    [InlineData("đã")]
    [InlineData("mới")]
    [InlineData("long trọng")]
    public void Organizer_loses_a_trailing_adverb(string adverb)
    {
        var e = extractor.Extract($"Tập huấn pháp luật\n\nSở Tư pháp tỉnh Hậu Giang {adverb} phối hợp với Hội Luật gia tỉnh tổ chức hội nghị tập huấn năm 2024 cho hòa giải viên.\n");
        Assert.Equal(["Sở Tư pháp tỉnh Hậu Giang", "Hội Luật gia tỉnh"], e.Organizers);
    }

    [Theory]
    [InlineData("Ngày 14/6, Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với Trung tâm Y tế TP. Phú Quốc tổ chức lớp tập huấn.", "Trung tâm Kiểm soát bệnh tật tỉnh|Trung tâm Y tế TP. Phú Quốc")]
    [InlineData("Ngày 12/11, Hội Liên hiệp Phụ nữ tỉnh phối hợp với Ban Tổ chức Tỉnh ủy tổ chức tọa đàm về cán bộ nữ.", "Hội Liên hiệp Phụ nữ tỉnh|Ban Tổ chức Tỉnh ủy")]
    [InlineData("Sáng 4/3, tại Hội trường A, Trường Chính trị tỉnh long trọng tổ chức Lễ khai giảng lớp bồi dưỡng chuyên viên.", "Trường Chính trị tỉnh")]
    public void The_host_keeps_its_abbreviated_place_and_a_capitalised_To_chuc_and_loses_the_verb(string lead, string organizers) =>
        Assert.Equal(organizers.Split('|'), extractor.Extract("Tập huấn nghiệp vụ\n\n" + lead + "\n").Organizers);
}
