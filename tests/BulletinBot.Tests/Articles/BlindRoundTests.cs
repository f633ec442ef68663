using System.Globalization;
using System.Text;
using System.Text.Json;
using BulletinBot.Articles;
using BulletinBot.Links;

namespace BulletinBot.Tests.Articles;

/// <summary>
/// Blind rounds 7–9 (75 reports and saved pages by independent testers, with their own expected values), kept once their
/// held-out scores were taken and their misses fixed: every one must keep reading right on the seven scored fields. The
/// pages go through the link reader as `extract URL` reads them.
/// </summary>
public sealed class BlindRoundTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Articles", "BlindRounds");
    private static readonly TimeZoneInfo Vietnam = new BotOptions().Zone();

    public static TheoryData<string, string> Articles()
    {
        var data = new TheoryData<string, string>();
        foreach (var round in Directory.GetDirectories(Folder).Order(StringComparer.Ordinal))
        {
            foreach (var expected in Expectations(round))
            {
                data.Add(Path.GetFileName(round), expected.GetProperty("file").GetString() ?? throw new InvalidDataException("file"));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void The_seven_scored_fields_read_as_the_tester_expected(string round, string file)
    {
        var expected = Expectations(Path.Combine(Folder, round)).Single(e => e.GetProperty("file").GetString() == file);

        var e = Extract(Path.Combine(Folder, round, file));

        Assert.Equal(Text(expected, "date"), e.Date);
        Assert.Equal(Text(expected, "time"), e.Time);
        // The province as named at the event or the one it belongs to now: either is a right answer.
        string?[] wanted = [Fold(Text(expected, "province")), Fold(Text(expected, "currentProvince"))];
        string?[] found = [Fold(e.Province), Fold(e.CurrentProvince)];
        Assert.True(wanted.All(w => w is null) ? found.All(f => f is null) : wanted.Intersect(found).Any(w => w is not null),
            $"province: expected {string.Join(" / ", wanted)}, got {string.Join(" / ", found)}");
        Assert.Equal(Number(expected, "attendees"), e.Attendees);
        if (e.Attendees is not null)
        {
            Assert.Equal(expected.GetProperty("attendeesAtLeast").GetBoolean(), e.AttendeesAtLeast);
        }

        Assert.Equal(Number(expected, "provinces"), e.Provinces);
        Assert.Equal(Number(expected, "topicCount") ?? 0, e.TopicCount);
        Assert.Equal(
            expected.GetProperty("people").EnumerateArray().Select(p => Fold(p.GetString())).Order(StringComparer.Ordinal),
            e.People.Select(p => Fold(p.Name)).Order(StringComparer.Ordinal));
    }

    private static ArticleEvent Extract(string path)
    {
        if (!path.EndsWith(".html", StringComparison.Ordinal))
        {
            return new ArticleExtractor().Extract(File.ReadAllText(path));
        }

        var fetched = new FetchedPage(new Uri("http://127.0.0.1/" + Path.GetFileName(path)), "text/html", "utf-8", File.ReadAllBytes(path));
        var page = ArticlePageReader.Parse(fetched, Vietnam) ?? throw new InvalidDataException($"{path} gave no article");
        return new ArticleExtractor().Extract(page.TitleAndText, page.PublishedDay(Vietnam));
    }

    private static JsonElement[] Expectations(string round) =>
        [.. JsonDocument.Parse(File.ReadAllText(Path.Combine(round, "expected.json"))).RootElement.EnumerateArray()];

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    /// <summary>As the testers' scoring compares names: no tone marks, `đ` as `d`, lower case, `TP.`/`thành phố` left out.</summary>
    private static string? Fold(string? s)
    {
        if (s is null)
        {
            return null;
        }

        var decomposed = s.Normalize(NormalizationForm.FormC).Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var bare = new string([.. decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
        var lower = bare.ToLowerInvariant().Replace("tp.", string.Empty, StringComparison.Ordinal).Replace("thanh pho", string.Empty, StringComparison.Ordinal);
        return string.Join(' ', lower.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
