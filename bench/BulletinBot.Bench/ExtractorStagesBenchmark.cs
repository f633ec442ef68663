using BenchmarkDotNet.Attributes;
using BulletinBot.Articles;
using BulletinBot.Articles.Counts;
using BulletinBot.Articles.Dates;
using BulletinBot.Articles.People;
using BulletinBot.Articles.Places;
using BulletinBot.Articles.Text;
using BulletinBot.Articles.Topics;

namespace BulletinBot.Bench;

/// <summary>
/// The stages of <see cref="ArticleExtractor.Extract"/> one by one on the same article as <see cref="ExtractorBenchmark"/>,
/// so a slower whole can be traced to the reader that grew.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet derives from benchmark classes.</remarks>
[MemoryDiagnoser]
public class ExtractorStagesBenchmark
{
    private readonly PlaceFinder places;
    private readonly OfficialFinder officials;
    private readonly string article = ExtractorBenchmark.Article;
    private readonly string normalized;
    private readonly ArticleBody body;
    private readonly ArticleSentence? dateSentence;

    public ExtractorStagesBenchmark()
    {
        var gazetteer = new ProvinceGazetteer();
        var localUnits = new LocalUnitGazetteer(gazetteer);
        places = new PlaceFinder(gazetteer, localUnits);
        officials = new OfficialFinder(gazetteer, localUnits);
        normalized = VietnameseText.Normalize(article);
        body = ArticleCleaner.Clean(normalized);
        dateSentence = EventDateFinder.Find(body, PublicationStamp.Find(normalized))?.Sentence;
    }

    [Benchmark]
    public string Normalize() => VietnameseText.Normalize(article);

    [Benchmark]
    public object Clean() => ArticleCleaner.Clean(normalized);

    [Benchmark]
    public object? Date() => EventDateFinder.Find(body, PublicationStamp.Find(normalized));

    [Benchmark]
    public object? Place() => places.Find(body, dateSentence);

    [Benchmark]
    public object? Counts() => (AttendeeCounter.Find(body, null), ProvinceCountFinder.Find(body, null), EventTimeFinder.Find(body, dateSentence));

    [Benchmark]
    public object Topics() => TopicListReader.Read(body);

    [Benchmark]
    public object People() => officials.Find(body);

    [Benchmark]
    public object Organizers() => OrganizerFinder.Find(body, dateSentence);

    [Benchmark]
    public string? Summary() => SummaryWriter.Write(body, dateSentence);
}
