using BulletinBot.Articles;

namespace BulletinBot.Tests.Articles;

/// <summary>Officials and speakers: names of every origin, the role after or before them, once each, only at this event.</summary>
public sealed class PeopleRulesTests
{
    private const string HaTinhLead = "Ngày 3/11/2024, tại tỉnh Hà Tĩnh, Sở Tư pháp tổ chức hội nghị tập huấn cho 90 hòa giải viên cấp xã.\n";

    private const string LaiChauLead = "Tập huấn công tác dân tộc\n\nNgày 5/6, tại tỉnh Lai Châu, Sở Tư pháp tổ chức hội nghị tập huấn cho cán bộ cấp xã.\n";

    private const string SonLaLead = "Tập huấn kỹ năng hòa giải\n\nNgày 8/10, tại tỉnh Sơn La, Sở Tư pháp tổ chức hội nghị tập huấn cho hòa giải viên.\n";

    private readonly ArticleExtractor extractor = new();

    [Fact]
    public void Person_named_twice_with_and_without_rank_is_listed_once()
    {
        var e = extractor.Extract("Ngày 9/9, tại tỉnh Yên Bái, hội nghị tập huấn khai mạc. Thiếu tướng Trần Văn An, Phó Tư lệnh Quân khu 2 phát biểu chỉ đạo. "
            + "Ông Trần Văn An đề nghị các đơn vị quán triệt nội dung.");
        Assert.Equal([new ArticlePerson("Trần Văn An", "Phó Tư lệnh Quân khu 2")], e.People);
    }

    [Fact]
    public void People_from_repeated_photo_captions_alone_are_not_listed()
    {
        var e = extractor.Extract("Tập huấn pháp luật\n\nNgày 9/9, tại tỉnh Phú Yên, Sở Tư pháp tổ chức hội nghị tập huấn cho cán bộ xã.\n"
            + "Ông Lê Văn Bảy, Giám đốc Sở Tư pháp phát biểu.\nÔng Lê Văn Bảy, Giám đốc Sở Tư pháp phát biểu.\n");
        Assert.Empty(e.People);
    }

    [Theory]
    [InlineData("Báo cáo viên là ThS. Lê Văn Hải – Phó Vụ trưởng Vụ Pháp chế và TS. Trần Thu Hà – Trưởng phòng Vụ Pháp chế.", "Lê Văn Hải", "Phó Vụ trưởng Vụ Pháp chế")]
    [InlineData("Dự hội nghị có bà Hà Thị Lan, Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh phát biểu.", "Hà Thị Lan", "Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh")]
    public void A_role_ends_at_the_next_person_but_not_inside_a_body_name(string sentence, string name, string role) =>
        Assert.Equal(role, extractor.Extract("Nâng cao kỹ năng hòa giải ở cơ sở\n\n" + HaTinhLead + sentence + "\n").People.First(p => p.Name == name).Role);

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
        Assert.Equal([new ArticlePerson(name, role)], extractor.Extract(LaiChauLead + sentence + "\n").People);

    [Theory]
    [InlineData("Tham dự có ba Sở Tư pháp, Nội vụ và Tài chính của tỉnh.")]
    [InlineData("Đồng chí Mùa A Vảng phát biểu chào mừng các đại biểu về dự.")]
    public void Capitalised_words_without_an_honorific_and_role_are_no_official(string sentence) =>
        Assert.Empty(extractor.Extract(LaiChauLead + sentence + "\n").People);

    [Theory]
    [InlineData("trực tiếp giảng dạy chuyên đề thứ hai")]
    [InlineData("hướng dẫn học viên thực hành trên máy tính")]
    [InlineData("giảng dạy chuyên đề về hòa giải ở cơ sở")]
    public void Role_ends_before_the_verb(string verbPhrase)
    {
        var e = extractor.Extract(LaiChauLead + $"Luật sư Đinh Văn Khải, Phó Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh Ninh Bình {verbPhrase}.\n");
        Assert.Equal([new ArticlePerson("Đinh Văn Khải", "Phó Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh Ninh Bình")], e.People);
    }

    [Theory]
    [InlineData("Dự hội nghị có ông Lò Văn Mạnh - Phó Chủ tịch UBND tỉnh và 150 đại biểu.", "Lò Văn Mạnh", "Phó Chủ tịch UBND tỉnh")]
    [InlineData("Cùng dự có bà Cầm Thị Xuân – Phó Trưởng Ban Dân vận Tỉnh ủy.", "Cầm Thị Xuân", "Phó Trưởng Ban Dân vận Tỉnh ủy")]
    [InlineData("Cùng dự có Đại tá Quàng Văn Pọm - Phó Giám đốc Công an tỉnh.", "Quàng Văn Pọm", "Phó Giám đốc Công an tỉnh")]
    [InlineData("Cùng dự có ông Điêu Chính Tới — Phó Chủ tịch HĐND tỉnh.", "Điêu Chính Tới", "Phó Chủ tịch HĐND tỉnh")]
    [InlineData("Báo cáo viên là bà Trần Thị Lụa (Phó Chánh Văn phòng, Sở Tư pháp) và nhiều chuyên gia.", "Trần Thị Lụa", "Phó Chánh Văn phòng, Sở Tư pháp")]
    [InlineData("Cùng dự có Thượng tá Hoàng Văn Chiến (Trưởng phòng Cảnh sát hình sự, Công an tỉnh) phát biểu.", "Hoàng Văn Chiến", "Trưởng phòng Cảnh sát hình sự, Công an tỉnh")]
    public void A_dash_after_the_name_introduces_the_role_as_a_comma_does(string sentence, string name, string role) =>
        Assert.Equal([new ArticlePerson(name, role)], extractor.Extract(SonLaLead + sentence + "\n").People);

    [Theory]
    [InlineData("Báo cáo viên của lớp là TS. Nguyễn Minh Khang (Trường Đại học Luật Hà Nội), người có nhiều năm nghiên cứu về hòa giải.", "Nguyễn Minh Khang", "Trường Đại học Luật Hà Nội")]
    [InlineData("ThS. Hà Thị Duyên, giảng viên Trường Chính trị tỉnh trình bày chuyên đề thứ nhất.", "Hà Thị Duyên", "giảng viên Trường Chính trị tỉnh")]
    [InlineData("PGS.TS Trịnh Văn Long trình bày chuyên đề thứ hai.", "Trịnh Văn Long", null)]
    [InlineData("NCS. Bùi Quang Tuệ, nghiên cứu viên Viện Nhà nước và Pháp luật trình bày kinh nghiệm hòa giải tranh chấp đất đai.", "Bùi Quang Tuệ", "nghiên cứu viên Viện Nhà nước và Pháp luật")]
    public void A_degree_before_the_name_makes_an_official_with_the_role_that_follows(string sentence, string name, string? role) =>
        Assert.Equal([new ArticlePerson(name, role)], extractor.Extract(SonLaLead + sentence + "\n").People);

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
        Assert.Equal([new ArticlePerson(name, role)], extractor.Extract(SonLaLead + sentence + "\n").People);

    [Fact]
    public void The_chair_of_an_earlier_round_in_a_paragraph_opened_by_truoc_do_is_not_listed()
    {
        var text = SonLaLead + "Ông Lò Văn Mạnh, Phó Chủ tịch UBND tỉnh phát biểu khai mạc.\n\n"
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
        var text = SonLaLead + "Ông Lò Văn Mạnh, Phó Chủ tịch UBND tỉnh phát biểu khai mạc.\n\n" + heading + "\n\n"
            + "- Chủ tịch UBND tỉnh Tòng Văn Hải tiếp công dân định kỳ (19/08/2025)\n- Giám đốc Sở Y tế Nguyễn Văn Sơn kiểm tra bệnh viện (18/08/2025)\n";
        Assert.Equal(["Lò Văn Mạnh"], extractor.Extract(text).People.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Dự hội nghị có Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Lò Minh Hùng.", "Lò Minh Hùng", "Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh")]
    [InlineData("Dự hội nghị có Thành ủy viên, Giám đốc Sở Tư pháp Nguyễn Văn Đoan.", "Nguyễn Văn Đoan", "Thành ủy viên, Giám đốc Sở Tư pháp")]
    [InlineData("Đồng chí Quàng Thị Hoa, Huyện ủy viên, Chủ tịch UBND huyện phát biểu.", "Quàng Thị Hoa", "Huyện ủy viên, Chủ tịch UBND huyện")]
    [InlineData("Đồng chí Lường Văn Tiến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Nội chính Tỉnh ủy phát biểu.", "Lường Văn Tiến", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Nội chính Tỉnh ủy")]
    public void A_party_committee_seat_is_part_of_the_title(string sentence, string name, string role) =>
        Assert.Equal([new ArticlePerson(name, role)], extractor.Extract(SonLaLead + sentence + "\n").People);

    [Fact]
    public void A_former_office_is_a_title_and_the_next_person_ends_the_role_before() =>
        Assert.Equal(
            [new ArticlePerson("Đinh Văn Lâm", "Trưởng Khoa Luật (Trường Đại học Tây Bắc)"), new ArticlePerson("Trần Cầm Sơn", "nguyên Phó Chủ tịch Hội Luật gia tỉnh")],
            extractor.Extract(SonLaLead + "Báo cáo viên là TS. Đinh Văn Lâm, Trưởng Khoa Luật (Trường Đại học Tây Bắc), và nhà báo Trần Cầm Sơn, nguyên Phó Chủ tịch Hội Luật gia tỉnh.\n").People);

    [Theory]
    [InlineData("Đồng chí Lò Minh Hùng, Phó Chủ tịch UBND tỉnh, nhà báo Nguyễn Văn Đoan, nguyên Tổng Biên tập Báo Sơn La cùng dự.")]
    [InlineData("Đồng chí Lò Minh Hùng, Phó Chủ tịch UBND tỉnh, ông Nguyễn Văn Đoan, nguyên Tổng Biên tập Báo Sơn La cùng dự.")]
    public void A_role_ends_before_a_comma_and_the_next_person(string sentence) =>
        Assert.Equal("Phó Chủ tịch UBND tỉnh", extractor.Extract(SonLaLead + sentence + "\n").People.First(p => p.Name == "Lò Minh Hùng").Role);

    [Theory]
    [InlineData("Ông Lò Minh Hùng - Phó Chủ tịch UBND tỉnh dự, phát biểu chỉ đạo.")]
    [InlineData("Đồng chí Lò Minh Hùng, Phó Chủ tịch UBND tỉnh dự và phát biểu khai mạc.")]
    [InlineData("Đồng chí Lò Minh Hùng, Phó Chủ tịch UBND tỉnh tham dự.")]
    [InlineData("Đồng chí Lò Minh Hùng, Phó Chủ tịch UBND tỉnh đến dự và chỉ đạo hội nghị.")]
    [InlineData("Đồng chí Lò Minh Hùng, Phó Chủ tịch UBND tỉnh dự hội nghị.")]
    public void A_role_stops_at_the_verb_du(string sentence) =>
        Assert.Equal([new ArticlePerson("Lò Minh Hùng", "Phó Chủ tịch UBND tỉnh")], extractor.Extract(SonLaLead + sentence + "\n").People);

    [Theory]
    [InlineData("Phát biểu khai mạc, Chủ tịch UBND xã Tân Phú Nguyễn Văn An nêu rõ yêu cầu của lớp học.", "Nguyễn Văn An", "Chủ tịch UBND xã Tân Phú")]
    [InlineData("Phát biểu khai mạc, Phó Chủ tịch UBND huyện Vân Hồ Lò Văn Sinh nêu rõ yêu cầu của lớp học.", "Lò Văn Sinh", "Phó Chủ tịch UBND huyện Vân Hồ")]
    [InlineData("Phát biểu khai mạc, Trưởng Công an huyện Bắc Yên Hà Văn Sơn nêu rõ yêu cầu của lớp học.", "Hà Văn Sơn", "Trưởng Công an huyện Bắc Yên")]
    [InlineData("Phát biểu khai mạc, Trưởng Thuế thành phố Đà Nẵng Phan Văn Tư nêu rõ yêu cầu của lớp học.", "Phan Văn Tư", "Trưởng Thuế thành phố Đà Nẵng")]
    [InlineData("Phát biểu khai mạc, Bí thư Đảng ủy phường Hàm Rồng Mai Thị Hạnh nêu rõ yêu cầu của lớp học.", "Mai Thị Hạnh", "Bí thư Đảng ủy phường Hàm Rồng")]
    [InlineData("Phát biểu khai mạc, Bí thư Tỉnh Đoàn Nguyễn Thị Kim Thoa nêu rõ yêu cầu của lớp học.", "Nguyễn Thị Kim Thoa", "Bí thư Tỉnh Đoàn")]
    [InlineData("Phát biểu khai mạc, Phó Giám đốc Sở Tư pháp TP.HCM Nguyễn Văn Tú nêu rõ yêu cầu của lớp học.", "Nguyễn Văn Tú", "Phó Giám đốc Sở Tư pháp TP.HCM")]
    [InlineData("Phát biểu khai mạc, Phó Bí thư Huyện ủy Sốp Cộp Lò Thị Hương nêu rõ yêu cầu của lớp học.", "Lò Thị Hương", "Phó Bí thư Huyện ủy Sốp Cộp")]
    [InlineData("Phát biểu khai mạc, Trưởng Ban Dân vận Huyện ủy Văn Yên Hoàng Thị Bích nêu rõ yêu cầu của lớp học.", "Hoàng Thị Bích", "Trưởng Ban Dân vận Huyện ủy Văn Yên")]
    [InlineData("Phát biểu khai mạc, Phó Bí thư Huyện ủy Đồng Văn Lục Văn Sáng nêu rõ yêu cầu của lớp học.", "Lục Văn Sáng", "Phó Bí thư Huyện ủy Đồng Văn")]
    [InlineData("Phát biểu khai mạc, Phó Bí thư Tỉnh ủy Lai Châu Giàng A Chu nêu rõ yêu cầu của lớp học.", "Giàng A Chu", "Phó Bí thư Tỉnh ủy Lai Châu")]
    public void A_title_written_before_the_name_without_a_comma_ends_at_the_place(string sentence, string name, string role) =>
        Assert.Equal([new ArticlePerson(name, role)], extractor.Extract(SonLaLead + sentence + "\n").People);

    [Theory]
    [InlineData("Bế mạc lớp học, ông Lường Văn Khiêm, Phó Chủ tịch UBND huyện Mường Nhé, đánh giá cao học viên.", "Lường Văn Khiêm")]
    [InlineData("Theo ông Cầm Văn Đông, Phó Chủ tịch UBND huyện Sốp Cộp, huyện có nhiều bản vùng cao.", "Cầm Văn Đông")]
    [InlineData("Bà Lò Thị Thu, Chủ tịch UBND xã Chiềng Cơi, chia sẻ kinh nghiệm hòa giải.", "Lò Thị Thu")]
    public void A_district_or_commune_after_its_type_word_is_no_person(string sentence, string name) =>
        Assert.Equal([name], extractor.Extract(SonLaLead + sentence + "\n").People.Select(p => p.Name));

    [Theory]
    [InlineData("Thạc sĩ Lê Thị Hồng, giảng viên Trường Chính trị tỉnh, trình bày chuyên đề thứ nhất.", "Lê Thị Hồng", "giảng viên Trường Chính trị tỉnh")]
    [InlineData("BS.CKI Trần Văn Quý, Phó Giám đốc Trung tâm Y tế huyện, hướng dẫn học viên.", "Trần Văn Quý", "Phó Giám đốc Trung tâm Y tế huyện")]
    [InlineData("BSCKII Quàng Văn Toán, Trưởng khoa Nội, Bệnh viện Đa khoa tỉnh trình bày chuyên đề.", "Quàng Văn Toán", "Trưởng khoa Nội, Bệnh viện Đa khoa tỉnh")]
    [InlineData("ThS. Đỗ Hải Yến, Giám đốc kỹ thuật Công ty cổ phần Sơn Tin, hướng dẫn an toàn thông tin.", "Đỗ Hải Yến", "Giám đốc kỹ thuật Công ty cổ phần Sơn Tin")]
    [InlineData("Luật sư Vi Văn Nam, Trưởng Văn phòng luật sư Tây Bắc, giải đáp thắc mắc.", "Vi Văn Nam", "Trưởng Văn phòng luật sư Tây Bắc")]
    [InlineData("Bà Trần Thu Phương, chuyên gia giáo dục của Tổ chức Cứu trợ trẻ em, là báo cáo viên chính.", "Trần Thu Phương", "chuyên gia giáo dục của Tổ chức Cứu trợ trẻ em")]
    [InlineData("Ông Lò Văn Sơn, giảng viên Trường Chính trị tỉnh, trình bày chuyên đề thứ hai.", "Lò Văn Sơn", "giảng viên Trường Chính trị tỉnh")]
    public void A_speaker_introduced_by_an_academic_or_professional_title_is_listed(string sentence, string name, string role) =>
        Assert.Equal([new ArticlePerson(name, role)], extractor.Extract(SonLaLead + sentence + "\n").People);

    [Theory]
    [InlineData("Bà Lò Thị Hoa, Giám đốc Công ty TNHH Chè Mai Hương, chia sẻ kinh nghiệm.")]
    [InlineData("Bà Lò Thị Hoa, Giám đốc Hợp tác xã Nông nghiệp Lê Lợi, chia sẻ kinh nghiệm.")]
    [InlineData("Bà Lò Thị Hoa, Giám đốc Công ty TNHH Thương mại và Dịch vụ Hoàng Long, chia sẻ kinh nghiệm.")]
    public void Capitals_after_a_business_type_name_the_business_not_a_person(string sentence) =>
        Assert.Equal(["Lò Thị Hoa"], extractor.Extract(SonLaLead + sentence + "\n").People.Select(p => p.Name));

    [Theory]
    [InlineData("Báo cáo viên là LS. Đèo Văn Hưng, Trưởng Văn phòng luật sư Mường Thanh và TS. Lê Thị Nga, giảng viên Trường Chính trị tỉnh.")]
    [InlineData("Báo cáo viên là LS. Đèo Văn Hưng, Phó Chủ nhiệm Đoàn Luật sư tỉnh và ThS. Lê Thị Nga, giảng viên Trường Chính trị tỉnh.")]
    public void And_with_a_degree_after_a_business_name_starts_the_next_person(string sentence) =>
        Assert.Equal(["Đèo Văn Hưng", "Lê Thị Nga"], extractor.Extract(SonLaLead + sentence + "\n").People.Select(p => p.Name));

    [Theory]
    [InlineData("Thay mặt học viên, bà Quàng Thị Mến, công chức Tư pháp - Hộ tịch xã Chiềng Hặc, hứa sẽ học tập nghiêm túc.", "Quàng Thị Mến", "công chức Tư pháp - Hộ tịch xã Chiềng Hặc")]
    [InlineData("Ông Lường Văn Pấn, viên chức Trung tâm Dịch vụ nông nghiệp huyện, hướng dẫn cách ủ phân.", "Lường Văn Pấn", "viên chức Trung tâm Dịch vụ nông nghiệp huyện")]
    [InlineData("Sau đó, KS. Vì Văn Tọa, phụ trách kỹ thuật của trạm khuyến nông hướng dẫn học viên ghép cành.", "Vì Văn Tọa", "phụ trách kỹ thuật của trạm khuyến nông")]
    public void A_civil_servant_or_the_person_in_charge_is_named_by_a_lower_case_role(string sentence, string name, string role) =>
        Assert.Equal([new ArticlePerson(name, role)], extractor.Extract(SonLaLead + sentence + "\n").People);

    [Theory]
    [InlineData("Chuyên đề thứ hai do ĐDCKI Lò Thị Nhung, Điều dưỡng trưởng Bệnh viện Đa khoa tỉnh trình bày.", "Lò Thị Nhung", "Điều dưỡng trưởng Bệnh viện Đa khoa tỉnh")]
    [InlineData("Bà Cầm Thị Ly, Kỹ thuật viên trưởng Khoa Xét nghiệm, hướng dẫn cách lấy mẫu.", "Cầm Thị Ly", "Kỹ thuật viên trưởng Khoa Xét nghiệm")]
    public void A_head_nurse_or_head_technician_is_a_title(string sentence, string name, string role) =>
        Assert.Equal([new ArticlePerson(name, role)], extractor.Extract(SonLaLead + sentence + "\n").People);

    [Theory]
    [InlineData("Ông Lò Văn Mạnh, Phó Chủ tịch UBND huyện, dự và phát biểu khai mạc lớp bồi dưỡng.")]
    [InlineData("Ông Lò Văn Mạnh, Phó Chủ tịch UBND huyện tham dự và phát biểu chỉ đạo hội nghị.")]
    public void A_line_saying_an_official_attended_and_spoke_is_a_sentence_not_a_caption(string line) =>
        Assert.Equal(["Lò Văn Mạnh"], extractor.Extract(SonLaLead + line + "\n").People.Select(p => p.Name));

    [Fact]
    public void A_long_paragraph_printed_again_as_a_caption_is_read_once()
    {
        const string paragraph = "Bà Lò Thị Hoa, Trưởng phòng Phổ biến, giáo dục pháp luật trình bày chuyên đề về kỹ năng hòa giải các tranh chấp đất đai, hôn nhân và gia đình thường gặp ở thôn bản.";
        Assert.Equal(["Lò Thị Hoa"], extractor.Extract(SonLaLead + paragraph + "\n" + paragraph + "\n").People.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Giám đốc Trung tâm Y tế huyện Lâm Hà Trần Thị Kim Liên cho biết toàn huyện đã tiêm đủ hai mũi.", "Trần Thị Kim Liên")]
    [InlineData("Phó Giám đốc Sở Nội vụ Lường Văn Khiêm lưu ý các xã cập nhật hồ sơ cán bộ trước cuối năm.", "Lường Văn Khiêm")]
    [InlineData("Ông Văn Đức Hải, Chủ tịch UBND xã, đề nghị cán bộ thôn bản tuyên truyền lại cho người dân.", "Văn Đức Hải")]
    [InlineData("Ông K'Định, Phó Giám đốc Sở Nội vụ, hướng dẫn các xã cách nộp hồ sơ.", "K'Định")]
    [InlineData("Chia sẻ kinh nghiệm, ông Choi Dong-hyun, Giám đốc Công ty TNHH Sungwoo Vina, cho biết nhà máy đã lắp cảm biến.", "Choi Dong-hyun")]
    [InlineData("Chia sẻ kinh nghiệm, ông Kim Min-jun, Giám đốc nhà máy dệt Hanbit, cho biết công nhân được tập huấn hằng tháng.", "Kim Min-jun")]
    public void A_name_is_read_whole_whatever_its_origin(string sentence, string name) =>
        Assert.Equal([name], extractor.Extract(SonLaLead + sentence + "\n").People.Select(p => p.Name));

    [Theory]
    [InlineData("Giảng dạy lớp học có cô giáo Sùng Thị Dợ, giáo viên Trường Tiểu học Sín Chải.", "Sùng Thị Dợ", "giáo viên Trường Tiểu học Sín Chải")]
    [InlineData("Thượng tọa Thích Minh Tâm, trụ trì chùa Long Phước, chia sẻ kinh nghiệm dạy chữ.", "Thích Minh Tâm", "trụ trì chùa Long Phước")]
    [InlineData("Đại đức Danh Sóc chia sẻ kinh nghiệm mở lớp dạy chữ tại chùa.", "Danh Sóc", "Đại đức")]
    [InlineData("Luật sư Phạm Minh Quang, Đoàn Luật sư tỉnh Sơn La, giải đáp thắc mắc của người dân.", "Phạm Minh Quang", "Đoàn Luật sư tỉnh Sơn La")]
    [InlineData("Bác sĩ Đỗ Thị Hạnh, Bệnh viện Đa khoa tỉnh, hướng dẫn sơ cứu người bị nạn.", "Đỗ Thị Hạnh", "Bệnh viện Đa khoa tỉnh")]
    public void A_teacher_a_cleric_or_a_professional_is_a_speaker(string sentence, string name, string role) =>
        Assert.Equal([new ArticlePerson(name, role)], extractor.Extract(SonLaLead + sentence + "\n").People);

    [Theory]
    [InlineData("TS. Lê Văn Hòa, Viện trưởng Viện Nghiên cứu Nông Lâm nghiệp miền núi cho rằng, nông dân cần liên kết với doanh nghiệp.", "Lê Văn Hòa", "Viện trưởng Viện Nghiên cứu Nông Lâm nghiệp miền núi")]
    [InlineData("Ông Hà Văn Lực, Chủ tịch UBND huyện Mai Sơn đánh giá cao việc tỉnh chọn Mai Sơn làm điểm tập huấn.", "Hà Văn Lực", "Chủ tịch UBND huyện Mai Sơn")]
    public void Capitals_inside_a_title_or_naming_a_district_are_no_person(string sentence, string name, string role) =>
        Assert.Equal([new ArticlePerson(name, role)], extractor.Extract(SonLaLead + sentence + "\n").People);
}
