using BulletinBot.Articles;

namespace BulletinBot.Tests.Articles;

/// <summary>Party committee seats and former offices are titles; a role ends at the next person and at the verb `dự`.</summary>
public sealed class PartyAndFormerTitleRulesTests
{
    private const string Lead = "Tập huấn kỹ năng hòa giải\n\nNgày 8/10, tại tỉnh Sơn La, Sở Tư pháp tổ chức hội nghị tập huấn cho hòa giải viên.\n";

    private readonly ArticleExtractor extractor = new();

    [Theory]
    [InlineData("Dự hội nghị có Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Lò Minh Hùng.", "Lò Minh Hùng", "Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh")]
    [InlineData("Dự hội nghị có Thành ủy viên, Giám đốc Sở Tư pháp Nguyễn Văn Đoan.", "Nguyễn Văn Đoan", "Thành ủy viên, Giám đốc Sở Tư pháp")]
    [InlineData("Đồng chí Quàng Thị Hoa, Huyện ủy viên, Chủ tịch UBND huyện phát biểu.", "Quàng Thị Hoa", "Huyện ủy viên, Chủ tịch UBND huyện")]
    [InlineData("Đồng chí Lường Văn Tiến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Nội chính Tỉnh ủy phát biểu.", "Lường Văn Tiến", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Nội chính Tỉnh ủy")]
    public void A_party_committee_seat_is_part_of_the_title(string sentence, string name, string role) =>
        Assert.Equal([new ArticlePerson(name, role)], extractor.Extract(Lead + sentence + "\n").People);

    [Fact]
    public void A_former_office_is_a_title_and_the_next_person_ends_the_role_before() =>
        Assert.Equal(
            [new ArticlePerson("Đinh Văn Lâm", "Trưởng Khoa Luật (Trường Đại học Tây Bắc)"), new ArticlePerson("Trần Cầm Sơn", "nguyên Phó Chủ tịch Hội Luật gia tỉnh")],
            extractor.Extract(Lead + "Báo cáo viên là TS. Đinh Văn Lâm, Trưởng Khoa Luật (Trường Đại học Tây Bắc), và nhà báo Trần Cầm Sơn, nguyên Phó Chủ tịch Hội Luật gia tỉnh.\n").People);

    [Theory]
    [InlineData("Đồng chí Lò Minh Hùng, Phó Chủ tịch UBND tỉnh, nhà báo Nguyễn Văn Đoan, nguyên Tổng Biên tập Báo Sơn La cùng dự.")]
    [InlineData("Đồng chí Lò Minh Hùng, Phó Chủ tịch UBND tỉnh, ông Nguyễn Văn Đoan, nguyên Tổng Biên tập Báo Sơn La cùng dự.")]
    public void A_role_ends_before_a_comma_and_the_next_person(string sentence) =>
        Assert.Equal("Phó Chủ tịch UBND tỉnh", extractor.Extract(Lead + sentence + "\n").People.First(p => p.Name == "Lò Minh Hùng").Role);

    [Theory]
    [InlineData("Ông Lò Minh Hùng - Phó Chủ tịch UBND tỉnh dự, phát biểu chỉ đạo.")]
    [InlineData("Đồng chí Lò Minh Hùng, Phó Chủ tịch UBND tỉnh dự và phát biểu khai mạc.")]
    [InlineData("Đồng chí Lò Minh Hùng, Phó Chủ tịch UBND tỉnh tham dự.")]
    [InlineData("Đồng chí Lò Minh Hùng, Phó Chủ tịch UBND tỉnh đến dự và chỉ đạo hội nghị.")]
    [InlineData("Đồng chí Lò Minh Hùng, Phó Chủ tịch UBND tỉnh dự hội nghị.")]
    public void A_role_stops_at_the_verb_du(string sentence) =>
        Assert.Equal([new ArticlePerson("Lò Minh Hùng", "Phó Chủ tịch UBND tỉnh")], extractor.Extract(Lead + sentence + "\n").People);
}
