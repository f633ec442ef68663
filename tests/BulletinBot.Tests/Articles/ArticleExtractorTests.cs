using BulletinBot.Articles;

namespace BulletinBot.Tests.Articles;

/// <summary>The whole pipeline: any shape of pasted text, and an empty one.</summary>
public sealed class ArticleExtractorTests
{
    private readonly ArticleExtractor extractor = new();

    [Fact]
    public void Nfd_and_crlf_text_reads_like_nfc()
    {
        const string text = "Tập huấn tại Bắc Ninh\r\n\r\nNgày 9/9, tại tỉnh Bắc Ninh, Sở Nội vụ tổ chức hội nghị tập huấn cho hơn 100 đại biểu.\r\n";
        Assert.Equal(extractor.Extract(text), extractor.Extract(text.Normalize(System.Text.NormalizationForm.FormD)), new EventComparer());
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
