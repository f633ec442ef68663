using BulletinBot.Articles;
using BulletinBot.Articles.Text;

namespace BulletinBot.Tests.Articles;

/// <summary>The topics: lists after a lead-in, counted `về` lists, numbered lines, quoted titles.</summary>
public sealed class TopicRulesTests
{
    private const string PhuThoLead = "Tập huấn ở Phú Thọ\n\nNgày 3/4, tại tỉnh Phú Thọ, Sở Nội vụ tổ chức hội nghị tập huấn cho cán bộ cấp xã.\n";

    private const string YenBaiLead = "Tập huấn ở Yên Bái\n\nNgày 3/4, tại tỉnh Yên Bái, Sở Nội vụ tổ chức hội nghị tập huấn cho cán bộ cấp xã.\n";

    private readonly ArticleExtractor extractor = new();

    [Theory]
    [InlineData("Các học viên được hướng dẫn các nội dung:\n- Quy trình tiếp nhận hồ sơ trực tuyến;\n- Lưu trữ văn bản điện tử đúng quy định.", 2)]
    [InlineData("Nội dung bồi dưỡng gồm:\n- Kỹ năng soạn thảo văn bản hành chính;\n- Quản lý hồ sơ công chức;\n- Tiếp công dân ở cấp xã.", 3)]
    [InlineData("Lớp học tập trung vào ba nội dung chính: thứ nhất là kỹ năng giải quyết khiếu nại; thứ hai là tiếp công dân; thứ ba là xử lý đơn thư.", 3)]
    [InlineData("Học viên được nghe các bài giảng: đạo đức công vụ của cán bộ cơ sở; văn hóa ứng xử nơi công sở.", 2)]
    [InlineData("Hội nghị tập trung vào hai chuyên đề. Thứ nhất, kỹ năng hòa giải tranh chấp đất đai ở thôn bản. Thứ hai, phòng, chống tảo hôn trong đồng bào Mông.", 2)]
    [InlineData("Học viên được giới thiệu các chuyên đề về quản lý rừng cộng đồng; phòng cháy rừng mùa khô và kỹ năng tuyên truyền cho người dân giữ rừng.", 3)]
    [InlineData("Các chuyên đề gồm: phổ biến pháp luật cho người lao động; hỗ trợ pháp lý cho doanh nghiệp nhỏ và hộ kinh doanh.", 2)]
    [InlineData("Đại biểu được nghe giới thiệu các chuyên đề:\n- Chính sách bảo hiểm xã hội tự nguyện;\n- Bảo hiểm y tế hộ gia đình;\n- Chi trả trợ cấp qua tài khoản.", 3)]
    [InlineData("Học viên được trang bị các chuyên đề:\n• Kỹ năng viết tin ngắn;\n• Chụp ảnh báo chí bằng điện thoại.", 2)]
    public void Topic_list_is_read_from_the_lead_in(string paragraph, int count) =>
        Assert.Equal(count, extractor.Extract(PhuThoLead + paragraph + "\n").Topics.Count);

    [Theory]
    [InlineData("Nội dung hội nghị rất thiết thực với cán bộ cơ sở: ai cũng hiểu và làm theo được.")]
    [InlineData("Các nội dung được trao đổi thẳng thắn, cởi mở.")]
    public void A_sentence_about_content_is_no_topic_list(string paragraph) =>
        Assert.Empty(extractor.Extract(PhuThoLead + paragraph + "\n").Topics);

    [Theory]
    [InlineData("Các đại biểu tham dự hội nghị.", true)]
    [InlineData("Học viên được nghe các chuyên đề:", false)]
    [InlineData("Các đại biểu được nghe trình bày các nội dung:", false)]
    public void A_line_introducing_a_list_is_no_caption(string line, bool caption) =>
        Assert.Equal(caption, NoiseLineRules.IsCaption(VietnameseText.Fold(line)));

    [Theory]
    [InlineData("Học viên được nghe 2 chuyên đề về quản lý nhà nước về tôn giáo và kỹ năng vận động quần chúng, chức sắc ở cơ sở.", "Quản lý nhà nước về tôn giáo|Kỹ năng vận động quần chúng, chức sắc ở cơ sở")]
    [InlineData("Báo cáo viên truyền đạt hai chuyên đề về Luật Đất đai, Luật Nhà ở năm 2023 và thủ tục cấp giấy chứng nhận.", "Luật Đất đai, Luật Nhà ở năm 2023|Thủ tục cấp giấy chứng nhận")]
    [InlineData("Học viên được nghe 3 chuyên đề về văn thư, lưu trữ và chuyển đổi số trong cơ quan nhà nước.", "Văn thư|Lưu trữ|Chuyển đổi số trong cơ quan nhà nước")]
    public void A_counted_ve_list_splits_at_va_and_commas_into_the_stated_number(string paragraph, string topics) =>
        Assert.Equal(topics.Split('|'), extractor.Extract(YenBaiLead + paragraph + "\n").Topics);

    [Fact]
    public void Standalone_numbered_topic_lines_are_all_collected()
    {
        var text = YenBaiLead + "Chuyên đề 1: Quy định mới về quản lý cán bộ, công chức cấp xã.\nChuyên đề 2: Kỹ năng tiếp công dân và xử lý đơn thư.\nChuyên đề 3: Văn hóa công vụ.\n";
        Assert.Equal(3, extractor.Extract(text).Topics.Count);
    }

    [Theory]
    [InlineData("Ông Hà Văn Tuấn trình bày chuyên đề \"Kỹ năng hòa giải ở cơ sở\"; bà Lò Thị Mai trình bày chuyên đề \"Phòng, chống bạo lực gia đình\".", "Kỹ năng hòa giải ở cơ sở|Phòng, chống bạo lực gia đình")]
    [InlineData("Ông Hà Văn Tuấn trình bày chuyên đề “Kỹ năng hòa giải ở cơ sở”, sau đó bà Lò Thị Mai giới thiệu chuyên đề “Phòng, chống bạo lực gia đình”.", "Kỹ năng hòa giải ở cơ sở|Phòng, chống bạo lực gia đình")]
    public void A_quoted_title_after_chuyen_de_is_a_topic(string paragraph, string topics) =>
        Assert.Equal(topics.Split('|'), extractor.Extract(YenBaiLead + paragraph + "\n").Topics);

    [Fact]
    public void Bracketed_item_numbers_are_stripped()
    {
        var text = YenBaiLead + "Học viên được nghe các chuyên đề: (1) Công tác dân vận của chính quyền; (2) Quy chế dân chủ ở cơ sở.\n";
        Assert.Equal(["Công tác dân vận của chính quyền", "Quy chế dân chủ ở cơ sở"], extractor.Extract(text).Topics);
    }

    [Theory]
    [InlineData("Học viên được nghe 3 chuyên đề.\nChuyên đề thứ nhất về Luật Đất đai năm 2024 và các nghị định hướng dẫn.\nChuyên đề thứ hai về kỹ năng hòa giải tranh chấp đất đai ở thôn, bản.\nChuyên đề thứ ba về cấp giấy chứng nhận quyền sử dụng đất lần đầu.",
        "Luật Đất đai năm 2024 và các nghị định hướng dẫn|Kỹ năng hòa giải tranh chấp đất đai ở thôn, bản|Cấp giấy chứng nhận quyền sử dụng đất lần đầu")]
    [InlineData("Báo cáo viên trình bày hai chuyên đề. Chuyên đề đầu tiên giới thiệu chính sách bảo hiểm xã hội tự nguyện. Chuyên đề còn lại hướng dẫn cài đặt ứng dụng VssID.",
        "Giới thiệu chính sách bảo hiểm xã hội tự nguyện|Hướng dẫn cài đặt ứng dụng VssID")]
    [InlineData("Lớp học gồm hai nội dung. Nội dung thứ nhất do cán bộ Chi cục Kiểm lâm hướng dẫn: kỹ năng chữa cháy rừng ban đầu. Nội dung thứ hai về trách nhiệm của chủ rừng, do Thượng úy Lò Văn Hải trình bày.",
        "Kỹ năng chữa cháy rừng ban đầu|Trách nhiệm của chủ rừng")]
    [InlineData("Hội thảo tập trung vào hai chuyên đề:\nMột là, đổi mới phương pháp dạy học môn Lịch sử, do TS. Lê Văn Tám trình bày;\nHai là, ứng dụng bản đồ số trong dạy học Địa lí.",
        "Đổi mới phương pháp dạy học môn Lịch sử|Ứng dụng bản đồ số trong dạy học Địa lí")]
    [InlineData("Các đại biểu được nghe hai chuyên đề: \"Chăm sóc trẻ sơ sinh; dinh dưỡng cho bà mẹ\" và \"Tiêm chủng mở rộng; phòng bệnh mùa mưa\".",
        "Chăm sóc trẻ sơ sinh; dinh dưỡng cho bà mẹ|Tiêm chủng mở rộng; phòng bệnh mùa mưa")]
    [InlineData("Học viên được truyền đạt 3 chuyên đề: cài đặt chữ ký số, ký văn bản điện tử; lưu trữ hồ sơ điện tử, sao lưu dữ liệu... và: bảo mật tài khoản công vụ.",
        "Cài đặt chữ ký số, ký văn bản điện tử|Lưu trữ hồ sơ điện tử, sao lưu dữ liệu|Bảo mật tài khoản công vụ")]
    [InlineData("Trong 2 ngày, học viên được nghiên cứu 4 chuyên đề:\n- Công tác dân tộc trong tình hình mới -\n- Chính sách đối với người có uy tín;\n- Kỹ năng vận động quần chúng\n- Phòng, chống mua bán người ở vùng biên.",
        "Công tác dân tộc trong tình hình mới|Chính sách đối với người có uy tín|Kỹ năng vận động quần chúng|Phòng, chống mua bán người ở vùng biên")]
    [InlineData("Hội nghị tập trung thảo luận 3 nội dung chính: thực trạng giải quyết thủ tục đất đai; vai trò của dịch vụ công trực tuyến; thái độ phục vụ của công chức.",
        "Thực trạng giải quyết thủ tục đất đai|Vai trò của dịch vụ công trực tuyến|Thái độ phục vụ của công chức")]
    [InlineData("Nội dung tập huấn được chia thành ba phần:\nNội dung 1\nPhương pháp dạy tiếng Việt cho trẻ mầm non 5 tuổi.\nNội dung 2\nPhối hợp với cha mẹ học sinh và người có uy tín.\nNội dung 3\nThiết kế học liệu trực quan từ nguyên liệu địa phương.",
        "Phương pháp dạy tiếng Việt cho trẻ mầm non 5 tuổi|Phối hợp với cha mẹ học sinh và người có uy tín|Thiết kế học liệu trực quan từ nguyên liệu địa phương")]
    [InlineData("Chương trình lớp học gồm hai phần.\nPhần 1:\nLuật Hòa giải ở cơ sở và các văn bản hướng dẫn.\nPhần 2:\nKỹ năng hòa giải mâu thuẫn trong gia đình.",
        "Luật Hòa giải ở cơ sở và các văn bản hướng dẫn|Kỹ năng hòa giải mâu thuẫn trong gia đình")]
    [InlineData("Học viên được hướng dẫn 3 nội dung: kê khai thuế qua mạng; hóa đơn điện tử; cuối cùng là cách sử dụng ứng dụng eTax Mobile.",
        "Kê khai thuế qua mạng|Hóa đơn điện tử|Cách sử dụng ứng dụng eTax Mobile")]
    public void A_written_count_is_the_number_of_items_whatever_the_punctuation(string paragraph, string topics) =>
        Assert.Equal(topics.Split('|'), extractor.Extract(PhuThoLead + paragraph + "\n").Topics);

    [Theory]
    [InlineData("Cán bộ hải quan hướng dẫn 3 nội dung chính: Một là, thủ tục khai báo điện tử và các mẫu tờ khai mới. Hai là, cách tra cứu, nộp thuế trên cổng dịch vụ công. Ba là, xử lý hàng hóa tồn đọng tại cửa khẩu.",
        "Thủ tục khai báo điện tử và các mẫu tờ khai mới|Cách tra cứu, nộp thuế trên cổng dịch vụ công|Xử lý hàng hóa tồn đọng tại cửa khẩu")]
    [InlineData("Học viên được nghe hai chuyên đề: Thứ nhất, kỹ năng ghi chép, lưu trữ sổ sách kế toán và chứng từ. Thứ hai, quản lý quỹ của hợp tác xã.",
        "Kỹ năng ghi chép, lưu trữ sổ sách kế toán và chứng từ|Quản lý quỹ của hợp tác xã")]
    public void A_counted_list_opening_with_mot_la_has_one_item_a_sentence(string paragraph, string topics) =>
        Assert.Equal(topics.Split('|'), extractor.Extract(PhuThoLead + paragraph + "\n").Topics);

    [Theory]
    [InlineData("Học viên được hướng dẫn 3 nội dung: Kỹ thuật ghép cải tạo vườn cà phê. Phòng trừ sâu đục thân, rệp sáp. Ghi chép nhật ký sản xuất theo tiêu chuẩn VietGAP.",
        "Kỹ thuật ghép cải tạo vườn cà phê|Phòng trừ sâu đục thân, rệp sáp|Ghi chép nhật ký sản xuất theo tiêu chuẩn VietGAP")]
    [InlineData("Giảng viên truyền đạt hai chuyên đề: an toàn thông tin trên điện thoại. Nhận diện tin nhắn lừa đảo, giả mạo ngân hàng.",
        "An toàn thông tin trên điện thoại|Nhận diện tin nhắn lừa đảo, giả mạo ngân hàng")]
    public void A_count_followed_by_that_many_short_sentences_to_the_paragraph_end_lists_one_item_each(string paragraph, string topics) =>
        Assert.Equal(topics.Split('|'), extractor.Extract(PhuThoLead + paragraph + "\n").Topics);

    [Fact]
    public void Sentences_after_a_count_are_no_list_when_there_are_more_of_them_than_the_count() =>
        Assert.Empty(extractor.Extract(PhuThoLead
            + "Hội nghị bàn 2 nội dung: sắp xếp lại thôn bản cho phù hợp. Nhiều đại biểu đề nghị giữ tên thôn cũ. Ông Lò Văn Minh giải đáp từng ý kiến.\n").Topics);

    [Theory]
    [InlineData("Báo cáo viên trình bày 03 chuyên đề, gồm: quy định mới về đăng ký hộ kinh doanh - chính sách hỗ trợ vốn vay ưu đãi, và kỹ năng bán hàng qua mạng.",
        "Quy định mới về đăng ký hộ kinh doanh|Chính sách hỗ trợ vốn vay ưu đãi|Kỹ năng bán hàng qua mạng")]
    [InlineData("Lớp học gồm 3 chuyên đề: Luật Lâm nghiệp – giao khoán bảo vệ rừng – chi trả dịch vụ môi trường rừng.",
        "Luật Lâm nghiệp|Giao khoán bảo vệ rừng|Chi trả dịch vụ môi trường rừng")]
    public void A_counted_list_may_be_parted_by_spaced_dashes(string paragraph, string topics) =>
        Assert.Equal(topics.Split('|'), extractor.Extract(PhuThoLead + paragraph + "\n").Topics);

    [Fact]
    public void A_spaced_dash_in_a_range_or_a_pair_does_not_part_items() =>
        Assert.Equal(["Phát triển kinh tế - xã hội vùng cao giai đoạn 2021 - 2025", "Kỹ năng tuyên truyền"], extractor.Extract(PhuThoLead
            + "Học viên được nghe 2 chuyên đề: phát triển kinh tế - xã hội vùng cao giai đoạn 2021 - 2025, và kỹ năng tuyên truyền.\n").Topics);

    [Fact]
    public void A_spaced_dash_inside_a_name_does_not_part_a_list_the_commas_already_count() =>
        Assert.Equal(["Hướng dẫn của phòng Tuyên truyền - Hỗ trợ", "Kê khai thuế", "Hóa đơn điện tử"], extractor.Extract(PhuThoLead
            + "Học viên được nghe 3 chuyên đề: hướng dẫn của phòng Tuyên truyền - Hỗ trợ, kê khai thuế và hóa đơn điện tử.\n").Topics);

    [Fact]
    public void A_comma_typed_after_a_space_parts_items_when_the_count_needs_one_more() =>
        Assert.Equal(["Công tác dân vận ở vùng đồng bào", "Phòng, chống ma túy trong thanh niên", "Luật Trẻ em,quyền của trẻ", "Kỹ năng hòa giải"], extractor.Extract(PhuThoLead
            + "Học viên được nghe 4 chuyên đề gồm: công tác dân vận ở vùng đồng bào;  phòng, chống ma túy trong thanh niên ,  Luật Trẻ em,quyền của trẻ; và kỹ năng hòa giải.\n").Topics);

    [Theory]
    [InlineData("Chương trình bồi dưỡng kéo dài 5 ngày, gồm 7 chuyên đề, kết hợp học trên lớp và đi thực tế.", 7)]
    [InlineData("Trong 3 ngày, học viên được nghiên cứu 4 chuyên đề theo chương trình của Trung ương và viết bài thu hoạch.", 4)]
    [InlineData("Tọa đàm xoay quanh ba chủ đề do các chuyên gia đầu ngành dẫn dắt.", 3)]
    public void A_count_of_chuyen_de_with_no_list_still_gives_the_number_of_topics(string paragraph, int count)
    {
        var found = extractor.Extract(PhuThoLead + paragraph + "\n");
        Assert.Empty(found.Topics);
        Assert.Equal(count, found.TopicCount);
    }

    [Fact]
    public void A_count_larger_than_the_topics_named_is_the_number_of_topics()
    {
        var found = extractor.Extract(PhuThoLead + "Học viên được nghiên cứu 6 chuyên đề về lý luận chính trị và truyền thống địa phương.\n");
        Assert.Equal(6, found.TopicCount);
        Assert.True(found.Topics.Count < 6);
    }

    [Theory]
    [InlineData("Hội nghị đã thống nhất 3 nội dung quan trọng để triển khai trong quý tới.")]
    [InlineData("Trước đó, năm 2023, Sở đã tổ chức 6 chuyên đề cho cán bộ cấp huyện.")]
    public void A_count_of_contents_or_of_an_earlier_round_gives_no_number_of_topics(string paragraph) =>
        Assert.Equal(0, extractor.Extract(PhuThoLead + paragraph + "\n").TopicCount);

    [Fact]
    public void The_extract_json_carries_the_count_of_topics_that_are_not_listed()
    {
        var json = ArticleEventJson.Serialize(extractor.Extract(PhuThoLead + "Lớp học kéo dài 10 ngày, gồm 6 chuyên đề.\n"));
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(6, doc.RootElement.GetProperty("topicCount").GetInt32());
        Assert.Equal(0, doc.RootElement.GetProperty("topics").GetArrayLength());
    }

    [Fact]
    public void A_count_with_no_list_of_that_length_leaves_the_list_as_written() =>
        Assert.Equal(2, extractor.Extract(PhuThoLead + "Học viên được nghe 3 chuyên đề: quản lý hộ tịch; chứng thực bản sao điện tử.\n").Topics.Count);

    [Fact]
    public void A_count_in_a_paragraph_about_an_earlier_round_is_not_this_events() =>
        Assert.Equal(["Quản lý hộ tịch", "Chứng thực bản sao điện tử"], extractor.Extract(PhuThoLead
            + "Học viên được nghe các chuyên đề: quản lý hộ tịch; chứng thực bản sao điện tử.\n"
            + "Trước đó, ngày 2/3, lớp thứ nhất đã học 3 chuyên đề: hòa giải, trợ giúp pháp lý và phổ biến pháp luật.\n").Topics);

    [Theory]
    [InlineData("Tọa đàm gồm 3 chủ đề:\n• Hồ sơ sức khỏe điện tử ở trạm y tế;\n• Bảo mật dữ liệu người bệnh;\n• Đào tạo nhân viên dùng phần mềm.", 3)]
    [InlineData("Lớp học gồm 4 chuyên đề: Luật Thủy sản và các văn bản hướng dẫn / Kỹ thuật nuôi tôm nước lợ / Phòng bệnh cho tôm, cá / Ghi nhật ký nuôi trồng.", 4)]
    [InlineData("Hội nghị tập trung vào hai chuyên đề lớn.\nỞ chuyên đề thứ nhất, bà Lê Thị Thu hướng dẫn quy trình cấp thẻ bảo hiểm y tế.\nChuyên đề thứ hai do ông Trần Văn Hải trình bày, giới thiệu cách tính lương hưu.", 2)]
    [InlineData("Lớp tập huấn được bố trí hai chuyên đề. Trong chuyên đề đầu tiên, giảng viên hướng dẫn cách đọc bản tin dự báo.\nChuyên đề còn lại tập trung vào kỹ năng truyền thông: soạn tin ngắn, dùng mạng xã hội, xử lý tin giả.", 2)]
    public void A_written_count_holds_whatever_the_list_looks_like(string paragraph, int count) =>
        Assert.Equal(count, extractor.Extract(PhuThoLead + paragraph + "\n").Topics.Count);

    [Fact]
    public void Paragraphs_opening_with_a_numbered_topic_are_the_list_without_a_count() =>
        Assert.Equal(["Kỹ thuật nuôi tôm thẻ chân trắng", "Phòng bệnh cho tôm mùa nắng nóng"], extractor.Extract(PhuThoLead
            + "Chuyên đề thứ nhất do KS. Lê Văn An, Phó Chi cục trưởng Chi cục Thủy sản, trình bày về kỹ thuật nuôi tôm thẻ chân trắng.\n"
            + "Chuyên đề thứ hai do TS. Phạm Thị Bình, Viện Nghiên cứu Nuôi trồng thủy sản, hướng dẫn phòng bệnh cho tôm mùa nắng nóng.\n").Topics);

    [Theory]
    [InlineData("(ii) Quy trình tiếp nhận hồ sơ một cửa;", "Quy trình tiếp nhận hồ sơ một cửa")]
    [InlineData("Chuyên đề thứ nhất, do ông Lò Văn Minh, Phó Trưởng phòng Tư pháp trình bày, giới thiệu Luật Hòa giải ở cơ sở.", "Giới thiệu Luật Hòa giải ở cơ sở")]
    [InlineData("Ở chuyên đề thứ hai, giảng viên hướng dẫn cách ghi sổ hộ tịch.", "Giảng viên hướng dẫn cách ghi sổ hộ tịch")]
    [InlineData(" và kỹ năng hòa giải ở cơ sở.", "Kỹ năng hòa giải ở cơ sở")]
    public void An_item_loses_its_roman_number_its_presenter_its_opening_comma_and_its_opening_va(string item, string topic) =>
        Assert.Equal(topic, BulletinBot.Articles.Topics.TopicItem.Clean(item));
}

