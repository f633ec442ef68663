using System.Text.Json;
using BulletinBot.Articles;

namespace BulletinBot.Tests.Articles;

public sealed class ArticleEventJsonTests
{
    private static readonly ArticleEvent Sample = new(
        "Hội nghị tập huấn", "2023-08-16", "08:00", "thành phố Quy Nhơn", "Bình Định", "Gia Lai", "Trung", 250, true, 43,
        ["Chuyển đổi số"], [new ArticlePerson("Lê Văn An", "Giám đốc Sở Tư pháp")], ["Bộ Tư pháp"], null);

    [Fact]
    public void Json_has_exactly_the_contract_keys_in_order()
    {
        using var doc = JsonDocument.Parse(ArticleEventJson.Serialize(Sample));
        Assert.Equal(
            ["title", "date", "time", "location", "province", "currentProvince", "region", "attendees", "attendeesAtLeast", "provinces", "topics", "topicCount", "people", "organizers", "summary"],
            doc.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["name", "role"], doc.RootElement.GetProperty("people")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("summary").ValueKind);
    }

    [Fact]
    public void Json_keeps_vietnamese_unescaped_and_indented()
    {
        var json = ArticleEventJson.Serialize(Sample);
        Assert.Contains("\"title\": \"Hội nghị tập huấn\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
    }
}
