using BulletinBot.Articles;

namespace BulletinBot.Tests.Articles;

/// <summary>The digest summary leaves out list lead-ins, other rounds and byline tags.</summary>
public sealed class SummaryRulesTests
{
    private const string HaTinhLead = "Ngày 3/11/2024, tại tỉnh Hà Tĩnh, Sở Tư pháp tổ chức hội nghị tập huấn cho 90 hòa giải viên cấp xã.\n";

    private readonly ArticleExtractor extractor = new();

    [Theory]
    [InlineData("Học viên được nghe giới thiệu các chuyên đề:")]
    [InlineData("Trước đó, ngày 2/8, hội nghị khu vực miền Trung đã được tổ chức tại tỉnh Quảng Bình với 200 đại biểu.")]
    public void Summary_leaves_out_list_lead_ins_and_other_rounds(string sentence)
    {
        var e = extractor.Extract("Tập huấn ở Ninh Thuận\n\nNgày 9/9, tại tỉnh Ninh Thuận, Sở Tư pháp tổ chức hội nghị tập huấn cho hòa giải viên.\n"
            + sentence + "\n- Kỹ năng hòa giải tranh chấp đất đai;\n- Hòa giải mâu thuẫn trong gia đình.\n");
        Assert.DoesNotContain(sentence, e.Summary ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(HTO) - ")]
    [InlineData("(Baohatinh.vn) - ")]
    [InlineData("TTXVN – ")]
    public void A_byline_tag_is_stripped_from_the_summary(string tag) =>
        Assert.StartsWith("Ngày 3/11/2024", extractor.Extract("Nâng cao kỹ năng hòa giải ở cơ sở\n\n" + tag + HaTinhLead).Summary);
}
