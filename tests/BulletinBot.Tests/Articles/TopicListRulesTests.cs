using BulletinBot.Articles.Text;
using BulletinBot.Articles;

namespace BulletinBot.Tests.Articles;

/// <summary>Lead-ins besides `chuyên đề:`, ordinals written as sentences, `về` without a colon and the final `và` of a `;` list.</summary>
public sealed class TopicListRulesTests
{
    private const string Lead = "Tập huấn ở Phú Thọ\n\nNgày 3/4, tại tỉnh Phú Thọ, Sở Nội vụ tổ chức hội nghị tập huấn cho cán bộ cấp xã.\n";

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
        Assert.Equal(count, extractor.Extract(Lead + paragraph + "\n").Topics.Count);

    [Theory]
    [InlineData("Nội dung hội nghị rất thiết thực với cán bộ cơ sở: ai cũng hiểu và làm theo được.")]
    [InlineData("Các nội dung được trao đổi thẳng thắn, cởi mở.")]
    public void A_sentence_about_content_is_no_topic_list(string paragraph) =>
        Assert.Empty(extractor.Extract(Lead + paragraph + "\n").Topics);

    [Theory]
    [InlineData("Các đại biểu tham dự hội nghị.", true)]
    [InlineData("Học viên được nghe các chuyên đề:", false)]
    [InlineData("Các đại biểu được nghe trình bày các nội dung:", false)]
    public void A_line_introducing_a_list_is_no_caption(string line, bool caption) =>
        Assert.Equal(caption, NoiseLineRules.IsCaption(VietnameseText.Fold(line)));
}
