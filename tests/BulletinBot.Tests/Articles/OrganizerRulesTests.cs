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
    public void Organizer_loses_a_trailing_adverb(string adverb)
    {
        var e = extractor.Extract($"Tập huấn pháp luật\n\nSở Tư pháp tỉnh Hậu Giang {adverb} phối hợp với Hội Luật gia tỉnh tổ chức hội nghị tập huấn năm 2024 cho hòa giải viên.\n");
        Assert.Equal(["Sở Tư pháp tỉnh Hậu Giang", "Hội Luật gia tỉnh"], e.Organizers);
    }
}
