using BenchmarkDotNet.Attributes;
using BulletinBot.Links;

namespace BulletinBot.Bench;

/// <summary>Reading one fetched article page (about 7 KB of HTML): decoding, metadata, SmartReader and the text renderer.</summary>
/// <remarks>Not sealed: BenchmarkDotNet derives from benchmark classes. The network is not part of it.</remarks>
[MemoryDiagnoser]
public class PageReadingBenchmark
{
    private static readonly TimeZoneInfo Vietnam = new BotOptions().Zone();

    private FetchedPage page = new(new Uri("http://127.0.0.1/"), "text/html", null, Array.Empty<byte>());

    [Params("bao-dien-tu.html", "tin-nhanh-rut-gon.html", "tap-chi-1258.html")]
    public string Page { get; set; } = "bao-dien-tu.html";

    [GlobalSetup]
    public void Setup()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !Directory.Exists(Path.Combine(folder.FullName, "tests", "BulletinBot.Tests", "Links", "Pages")))
        {
            folder = folder.Parent;
        }

        var path = Path.Combine(folder?.FullName ?? ".", "tests", "BulletinBot.Tests", "Links", "Pages", Page);
        page = new FetchedPage(new Uri("http://127.0.0.1/" + Page), "text/html", null, File.ReadAllBytes(path));
    }

    [Benchmark]
    public ArticlePage? Read() => ArticlePageReader.Parse(page, Vietnam);
}
