using BulletinBot.Articles;

namespace BulletinBot.Tests.Articles;

/// <summary>Roles after a dash, degrees that make an official, provinces written inside a title, earlier rounds.</summary>
public sealed class OfficialRoleRulesTests
{
    private const string Lead = "Tập huấn kỹ năng hòa giải\n\nNgày 8/10, tại tỉnh Sơn La, Sở Tư pháp tổ chức hội nghị tập huấn cho hòa giải viên.\n";

    private readonly ArticleExtractor extractor = new();

    [Theory]
    [InlineData("Dự hội nghị có ông Lò Văn Mạnh - Phó Chủ tịch UBND tỉnh và 150 đại biểu.", "Lò Văn Mạnh", "Phó Chủ tịch UBND tỉnh")]
    [InlineData("Cùng dự có bà Cầm Thị Xuân – Phó Trưởng Ban Dân vận Tỉnh ủy.", "Cầm Thị Xuân", "Phó Trưởng Ban Dân vận Tỉnh ủy")]
    [InlineData("Cùng dự có Đại tá Quàng Văn Pọm - Phó Giám đốc Công an tỉnh.", "Quàng Văn Pọm", "Phó Giám đốc Công an tỉnh")]
    [InlineData("Cùng dự có ông Điêu Chính Tới — Phó Chủ tịch HĐND tỉnh.", "Điêu Chính Tới", "Phó Chủ tịch HĐND tỉnh")]
    [InlineData("Báo cáo viên là bà Trần Thị Lụa (Phó Chánh Văn phòng, Sở Tư pháp) và nhiều chuyên gia.", "Trần Thị Lụa", "Phó Chánh Văn phòng, Sở Tư pháp")]
    [InlineData("Cùng dự có Thượng tá Hoàng Văn Chiến (Trưởng phòng Cảnh sát hình sự, Công an tỉnh) phát biểu.", "Hoàng Văn Chiến", "Trưởng phòng Cảnh sát hình sự, Công an tỉnh")]
    public void A_dash_after_the_name_introduces_the_role_as_a_comma_does(string sentence, string name, string role) =>
        Assert.Equal([new ArticlePerson(name, role)], extractor.Extract(Lead + sentence + "\n").People);

    [Theory]
    [InlineData("Báo cáo viên của lớp là TS. Nguyễn Minh Khang (Trường Đại học Luật Hà Nội), người có nhiều năm nghiên cứu về hòa giải.", "Nguyễn Minh Khang", "Trường Đại học Luật Hà Nội")]
    [InlineData("ThS. Hà Thị Duyên, giảng viên Trường Chính trị tỉnh trình bày chuyên đề thứ nhất.", "Hà Thị Duyên", "giảng viên Trường Chính trị tỉnh")]
    [InlineData("PGS.TS Trịnh Văn Long trình bày chuyên đề thứ hai.", "Trịnh Văn Long", null)]
    [InlineData("NCS. Bùi Quang Tuệ, nghiên cứu viên Viện Nhà nước và Pháp luật trình bày kinh nghiệm hòa giải tranh chấp đất đai.", "Bùi Quang Tuệ", "nghiên cứu viên Viện Nhà nước và Pháp luật")]
    public void A_degree_before_the_name_makes_an_official_with_the_role_that_follows(string sentence, string name, string? role) =>
        Assert.Equal([new ArticlePerson(name, role)], extractor.Extract(Lead + sentence + "\n").People);

    [Theory]
    [InlineData("Dự hội nghị có Phó Chủ tịch UBND tỉnh Hà Nam Lê Quốc Bảo cùng 90 đại biểu.", "Lê Quốc Bảo", "Phó Chủ tịch UBND tỉnh Hà Nam")]
    [InlineData("Dự hội nghị có Giám đốc Sở Tư pháp tỉnh Tiền Giang Võ Thị Mỹ cùng 90 đại biểu.", "Võ Thị Mỹ", "Giám đốc Sở Tư pháp tỉnh Tiền Giang")]
    [InlineData("Dự hội nghị có Phó Chủ tịch UBND thành phố Hà Nội Đỗ Anh Tuấn cùng 90 đại biểu.", "Đỗ Anh Tuấn", "Phó Chủ tịch UBND thành phố Hà Nội")]
    [InlineData("Phát biểu khai mạc, Phó Chủ tịch Hội Nông dân tỉnh Bình Thuận Đàng Thị Hoa nhấn mạnh vai trò của hòa giải.", "Đàng Thị Hoa", "Phó Chủ tịch Hội Nông dân tỉnh Bình Thuận")]
    [InlineData("Dự hội nghị có Phó Giám đốc Sở Tư pháp tỉnh Lào Cai Sùng A Lử cùng 90 đại biểu.", "Sùng A Lử", "Phó Giám đốc Sở Tư pháp tỉnh Lào Cai")]
    [InlineData("Dự hội nghị có Chủ tịch Hội Luật gia tỉnh Gia Lai Rơ Chăm Thuyên cùng 90 đại biểu.", "Rơ Chăm Thuyên", "Chủ tịch Hội Luật gia tỉnh Gia Lai")]
    [InlineData("Dự hội nghị có Giám đốc Công an Hà Giang Trần Đức Hậu cùng 90 đại biểu.", "Trần Đức Hậu", "Giám đốc Công an Hà Giang")]
    [InlineData("Dự hội nghị có ông Lò Văn Tiến, Phó Tổng Thư ký Ủy ban Hòa bình Việt Nam cùng 90 đại biểu.", "Lò Văn Tiến", "Phó Tổng Thư ký Ủy ban Hòa bình Việt Nam")]
    [InlineData("Phát biểu khai mạc, Phó Trưởng Ban Dân tộc tỉnh Giàng Seo Phử cho biết nhiều nội dung mới.", "Giàng Seo Phử", "Phó Trưởng Ban Dân tộc tỉnh")]
    [InlineData("Dự hội nghị có Chủ tịch Hội Nông dân tỉnh Đàng Năng Thọ cùng 90 đại biểu.", "Đàng Năng Thọ", "Chủ tịch Hội Nông dân tỉnh")]
    public void A_province_named_inside_the_title_is_not_part_of_the_name(string sentence, string name, string role) =>
        Assert.Equal([new ArticlePerson(name, role)], extractor.Extract(Lead + sentence + "\n").People);

    [Fact]
    public void The_chair_of_an_earlier_round_in_a_paragraph_opened_by_truoc_do_is_not_listed()
    {
        var text = Lead + "Ông Lò Văn Mạnh, Phó Chủ tịch UBND tỉnh phát biểu khai mạc.\n\n"
            + "Trước đó, ngày 2/10, lớp tập huấn đầu tiên đã diễn ra tại huyện Mộc Châu. Lớp học do ông Tòng Văn Hải, Phó Giám đốc Sở Tư pháp chủ trì.\n";
        Assert.Equal(["Lò Văn Mạnh"], extractor.Extract(text).People.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Bài viết khác")]
    [InlineData("Tin tức khác")]
    [InlineData("Bài đọc nhiều")]
    [InlineData("Đọc nhiều")]
    [InlineData("Tin mới")]
    public void Officials_in_a_related_link_list_are_not_listed(string heading)
    {
        var text = Lead + "Ông Lò Văn Mạnh, Phó Chủ tịch UBND tỉnh phát biểu khai mạc.\n\n" + heading + "\n\n"
            + "- Chủ tịch UBND tỉnh Tòng Văn Hải tiếp công dân định kỳ (19/08/2025)\n- Giám đốc Sở Y tế Nguyễn Văn Sơn kiểm tra bệnh viện (18/08/2025)\n";
        Assert.Equal(["Lò Văn Mạnh"], extractor.Extract(text).People.Select(p => p.Name));
    }
}
