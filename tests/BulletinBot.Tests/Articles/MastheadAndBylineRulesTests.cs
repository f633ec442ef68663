using BulletinBot.Articles;

namespace BulletinBot.Tests.Articles;

/// <summary>A masthead above the headline is not the title; a byline tag does not open the summary.</summary>
public sealed class MastheadAndBylineRulesTests
{
    private const string Lead = "Ngày 3/11/2024, tại tỉnh Hà Tĩnh, Sở Tư pháp tổ chức hội nghị tập huấn cho 90 hòa giải viên cấp xã.\n";

    private readonly ArticleExtractor extractor = new();

    [Theory]
    [InlineData("Sở Tư pháp tỉnh Hà Tĩnh")]
    [InlineData("Cổng thông tin điện tử tỉnh Hà Tĩnh")]
    [InlineData("Báo Hà Tĩnh điện tử")]
    public void A_masthead_above_the_headline_is_skipped(string masthead) =>
        Assert.Equal("Nâng cao kỹ năng hòa giải ở cơ sở", extractor.Extract(masthead + "\n\nNâng cao kỹ năng hòa giải ở cơ sở\n\n" + Lead).Title);

    [Theory]
    [InlineData("(HTO) - ")]
    [InlineData("(Baohatinh.vn) - ")]
    [InlineData("TTXVN – ")]
    public void A_byline_tag_is_stripped_from_the_summary(string tag) =>
        Assert.StartsWith("Ngày 3/11/2024", extractor.Extract("Nâng cao kỹ năng hòa giải ở cơ sở\n\n" + tag + Lead).Summary);
}
