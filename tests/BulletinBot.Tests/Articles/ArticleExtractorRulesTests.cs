using BulletinBot.Articles;

namespace BulletinBot.Tests.Articles;

public sealed class ArticleExtractorRulesTests
{
    private readonly ArticleExtractor extractor = new();

    [Fact]
    public void Nfd_and_crlf_text_reads_like_nfc()
    {
        const string text = "Tập huấn tại Bắc Ninh\r\n\r\nNgày 9/9, tại tỉnh Bắc Ninh, Sở Nội vụ tổ chức hội nghị tập huấn cho hơn 100 đại biểu.\r\n";
        Assert.Equal(extractor.Extract(text), extractor.Extract(text.Normalize(System.Text.NormalizationForm.FormD)), new EventComparer());
    }

    [Fact]
    public void Province_of_a_city_is_found_through_the_gazetteer()
    {
        var e = extractor.Extract("Ngày 9/9, tại thành phố Nha Trang, Sở Tư pháp tổ chức hội nghị tập huấn.");
        Assert.Equal(("Khánh Hòa", "Khánh Hòa", "Trung"), (e.Province, e.CurrentProvince, e.Region));
    }

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

    [Fact]
    public void Organizer_is_read_from_do_to_chuc()
    {
        var e = extractor.Extract("Ngày 9/9, tại tỉnh Bến Tre, hội nghị tập huấn do Sở Lao động - Thương binh và Xã hội tổ chức đã khai mạc.");
        Assert.Equal(["Sở Lao động - Thương binh và Xã hội"], e.Organizers);
    }

    [Theory]
    [InlineData("Học viên được nghe giới thiệu các chuyên đề:")]
    [InlineData("Trước đó, ngày 2/8, hội nghị khu vực miền Trung đã được tổ chức tại tỉnh Quảng Bình với 200 đại biểu.")]
    public void Summary_leaves_out_list_lead_ins_and_other_rounds(string sentence)
    {
        var e = extractor.Extract("Tập huấn ở Ninh Thuận\n\nNgày 9/9, tại tỉnh Ninh Thuận, Sở Tư pháp tổ chức hội nghị tập huấn cho hòa giải viên.\n"
            + sentence + "\n- Kỹ năng hòa giải tranh chấp đất đai;\n- Hòa giải mâu thuẫn trong gia đình.\n");
        Assert.DoesNotContain(sentence, e.Summary ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_text_gives_all_nulls()
    {
        var e = extractor.Extract(string.Empty);
        Assert.True(e is { Title: null, Date: null, Time: null, Location: null, Attendees: null, Provinces: null, Summary: null, Topics: [], People: [], Organizers: [] });
    }

    private sealed class EventComparer : IEqualityComparer<ArticleEvent>
    {
        public bool Equals(ArticleEvent? x, ArticleEvent? y) =>
            x is not null && y is not null && ArticleEventJson.Serialize(x) == ArticleEventJson.Serialize(y);

        public int GetHashCode(ArticleEvent obj) => ArticleEventJson.Serialize(obj).GetHashCode(StringComparison.Ordinal);
    }
}
