using BulletinBot.Articles;

namespace BulletinBot.Tests.Articles;

/// <summary>Names outside the Kinh surname list are known by their place and capitals; roles and organizers end where the verb begins.</summary>
public sealed class OfficialNameRulesTests
{
    private const string Lead = "Tập huấn công tác dân tộc\n\nNgày 5/6, tại tỉnh Lai Châu, Sở Tư pháp tổ chức hội nghị tập huấn cho cán bộ cấp xã.\n";

    private readonly ArticleExtractor extractor = new();

    [Theory]
    [InlineData("Dự hội nghị có đồng chí Giàng A Tủa, Phó Chủ tịch UBND tỉnh Lai Châu.", "Giàng A Tủa", "Phó Chủ tịch UBND tỉnh Lai Châu")]
    [InlineData("Dự hội nghị có bà Sùng Thị Chở, Trưởng Ban Dân tộc tỉnh Điện Biên.", "Sùng Thị Chở", "Trưởng Ban Dân tộc tỉnh Điện Biên")]
    [InlineData("Cùng dự có ông Ksor Phước Hà, Phó Chủ tịch UBND tỉnh Gia Lai.", "Ksor Phước Hà", "Phó Chủ tịch UBND tỉnh Gia Lai")]
    [InlineData("Cùng dự có đồng chí Rơ Châm H'Loan, Phó Trưởng Ban Dân vận Tỉnh ủy.", "Rơ Châm H'Loan", "Phó Trưởng Ban Dân vận Tỉnh ủy")]
    [InlineData("Cùng dự có đồng chí Nay Phi La, Phó Chủ tịch UBND tỉnh Gia Lai.", "Nay Phi La", "Phó Chủ tịch UBND tỉnh Gia Lai")]
    [InlineData("Cùng dự có đồng chí A Sáng, Bí thư Huyện ủy Tu Mơ Rông.", "A Sáng", "Bí thư Huyện ủy Tu Mơ Rông")]
    [InlineData("Cùng dự có đồng chí Y Ngông Niê Kđăm, Chủ tịch HĐND tỉnh.", "Y Ngông Niê Kđăm", "Chủ tịch HĐND tỉnh")]
    [InlineData("Cùng dự có Thượng tá Thào A Dình, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh.", "Thào A Dình", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh")]
    public void Ethnic_minority_name_after_an_honorific_is_taken_with_its_role(string sentence, string name, string role) =>
        Assert.Equal([new ArticlePerson(name, role)], extractor.Extract(Lead + sentence + "\n").People);

    [Theory]
    [InlineData("Tham dự có ba Sở Tư pháp, Nội vụ và Tài chính của tỉnh.")]
    [InlineData("Đồng chí Mùa A Vảng phát biểu chào mừng các đại biểu về dự.")]
    public void Capitalised_words_without_an_honorific_and_role_are_no_official(string sentence) =>
        Assert.Empty(extractor.Extract(Lead + sentence + "\n").People);

    [Theory]
    [InlineData("trực tiếp giảng dạy chuyên đề thứ hai")]
    [InlineData("hướng dẫn học viên thực hành trên máy tính")]
    [InlineData("giảng dạy chuyên đề về hòa giải ở cơ sở")]
    public void Role_ends_before_the_verb(string verbPhrase)
    {
        var e = extractor.Extract(Lead + $"Luật sư Đinh Văn Khải, Phó Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh Ninh Bình {verbPhrase}.\n");
        Assert.Equal([new ArticlePerson("Đinh Văn Khải", "Phó Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh Ninh Bình")], e.People);
    }

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
