using BulletinBot.Articles;

namespace BulletinBot.Tests.Articles;

/// <summary>Counted `về` lists joined by `và`, standalone `Chuyên đề N:` lines, quoted titles per speaker, `(1)` prefixes.</summary>
public sealed class TopicMentionRulesTests
{
    private const string Lead = "Tập huấn ở Yên Bái\n\nNgày 3/4, tại tỉnh Yên Bái, Sở Nội vụ tổ chức hội nghị tập huấn cho cán bộ cấp xã.\n";

    private readonly ArticleExtractor extractor = new();

    [Theory]
    [InlineData("Học viên được nghe 2 chuyên đề về quản lý nhà nước về tôn giáo và kỹ năng vận động quần chúng, chức sắc ở cơ sở.", "Quản lý nhà nước về tôn giáo|Kỹ năng vận động quần chúng, chức sắc ở cơ sở")]
    [InlineData("Báo cáo viên truyền đạt hai chuyên đề về Luật Đất đai, Luật Nhà ở năm 2023 và thủ tục cấp giấy chứng nhận.", "Luật Đất đai, Luật Nhà ở năm 2023|Thủ tục cấp giấy chứng nhận")]
    [InlineData("Học viên được nghe 3 chuyên đề về văn thư, lưu trữ và chuyển đổi số trong cơ quan nhà nước.", "Văn thư|Lưu trữ|Chuyển đổi số trong cơ quan nhà nước")]
    public void A_counted_ve_list_splits_at_va_and_commas_into_the_stated_number(string paragraph, string topics) =>
        Assert.Equal(topics.Split('|'), extractor.Extract(Lead + paragraph + "\n").Topics);

    [Fact]
    public void Standalone_numbered_topic_lines_are_all_collected()
    {
        var text = Lead + "Chuyên đề 1: Quy định mới về quản lý cán bộ, công chức cấp xã.\nChuyên đề 2: Kỹ năng tiếp công dân và xử lý đơn thư.\nChuyên đề 3: Văn hóa công vụ.\n";
        Assert.Equal(3, extractor.Extract(text).Topics.Count);
    }

    [Theory]
    [InlineData("Ông Hà Văn Tuấn trình bày chuyên đề \"Kỹ năng hòa giải ở cơ sở\"; bà Lò Thị Mai trình bày chuyên đề \"Phòng, chống bạo lực gia đình\".", "Kỹ năng hòa giải ở cơ sở|Phòng, chống bạo lực gia đình")]
    [InlineData("Ông Hà Văn Tuấn trình bày chuyên đề “Kỹ năng hòa giải ở cơ sở”, sau đó bà Lò Thị Mai giới thiệu chuyên đề “Phòng, chống bạo lực gia đình”.", "Kỹ năng hòa giải ở cơ sở|Phòng, chống bạo lực gia đình")]
    public void A_quoted_title_after_chuyen_de_is_a_topic(string paragraph, string topics) =>
        Assert.Equal(topics.Split('|'), extractor.Extract(Lead + paragraph + "\n").Topics);

    [Fact]
    public void Bracketed_item_numbers_are_stripped()
    {
        var text = Lead + "Học viên được nghe các chuyên đề: (1) Công tác dân vận của chính quyền; (2) Quy chế dân chủ ở cơ sở.\n";
        Assert.Equal(["Công tác dân vận của chính quyền", "Quy chế dân chủ ở cơ sở"], extractor.Extract(text).Topics);
    }
}
