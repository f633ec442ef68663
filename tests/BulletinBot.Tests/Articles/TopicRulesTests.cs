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
}
