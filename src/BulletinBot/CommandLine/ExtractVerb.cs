using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BulletinBot.Articles;
using BulletinBot.Links;
using Microsoft.Extensions.DependencyInjection;

namespace BulletinBot.CommandLine;

/// <summary>"extract FILE" or "extract URL": reads a news article and prints the event it reports as JSON.</summary>
public static class ExtractVerb
{
    private const string Fields = """
        Prints one JSON object (UTF-8, Vietnamese unescaped):
          title             the article's headline
          date              yyyy-MM-dd, or --MM-dd when the text gives no year
          time              HH:mm when stated
          location          the venue or place as written after "tại"
          province          the province as the article names it
          currentProvince   the province it belongs to since the 2025 merger
          region            Bắc, Trung or Nam
          attendees         number of delegates ("hơn 250 đại biểu" → 250)
          attendeesAtLeast  true when the number is a floor ("hơn", "trên")
          provinces         how many provinces and cities took part
          topics            the list of "chuyên đề"
          topicCount        how many topics: the list's length, or the count the text writes ("gồm 6 chuyên đề") when larger
          people            officials: [{"name", "role"}]
          organizers        host bodies ("phối hợp với", "do … tổ chức", "chủ trì")
          summary           two or three sentences for a digest
          source            (URL only) the page's canonical address, or the link given
        Unknown fields are null, never guessed.
        """;

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var file = new Argument<string>("FILE")
        {
            Description = "A text file holding the article, - to read standard input, or an http(s) link to the article's page.",
        };
        var command = new Command("extract", "Print the event a Vietnamese news article reports, as JSON.\n" + Fields) { file };
        command.SetAction(async (parsed, ct) => await RunAsync(parsed.GetValue(file) ?? "-", ct));
        return command;
    }

    private static async Task<int> RunAsync(string path, CancellationToken ct)
    {
        if (path.Contains("://", StringComparison.Ordinal))
        {
            return await RunOnLinkAsync(path, ct);
        }

        string text;
        if (path == "-")
        {
            using var stdin = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
            text = await stdin.ReadToEndAsync(ct);
        }
        else if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"No such file: {path}. Give the path of a text file, e.g. extract article.txt, or - for standard input.");
            return 1;
        }
        else
        {
            text = await File.ReadAllTextAsync(path, Encoding.UTF8, ct);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            await Console.Error.WriteLineAsync("The input is empty: paste or point to the text of a news article.");
            return 1;
        }

        await WriteAsync(ArticleEventJson.Serialize(new ArticleExtractor().Extract(text)));
        return 0;
    }

    /// <summary>The operator's own command: any address may be read, this machine's included.</summary>
    private static async Task<int> RunOnLinkAsync(string link, CancellationToken ct)
    {
        if (!Uri.TryCreate(link, UriKind.Absolute, out var url) || !ArticlePageReader.IsWebLink(url))
        {
            await Console.Error.WriteLineAsync($"Not a web link: {link}. Give an http or https address, e.g. extract https://example.vn/tin/hoi-nghi.html");
            return 1;
        }

        var services = new ServiceCollection().AddArticlePageReader();
        await using var provider = services.BuildServiceProvider();
        var result = await provider.GetRequiredService<ArticlePageReader>().ReadAsync(url, LinkPolicy.Operator, ct);
        if (result.Page is not { } page)
        {
            await Console.Error.WriteLineAsync(Explain(result, url));
            return 1;
        }

        var json = ArticleEventJson.Serialize(new ArticleExtractor().Extract(page.TitleAndText, page.PublishedDay(new BotOptions().Zone())));
        if (JsonNode.Parse(json) is not JsonObject extracted)
        {
            throw new InvalidOperationException("The extractor's JSON is not an object.");
        }

        extracted["source"] = page.Source.AbsoluteUri;
        await WriteAsync(extracted.ToJsonString(Indented));
        return 0;
    }

    private static string Explain(ArticlePageResult result, Uri url) => result.Failure switch
    {
        LinkFailure.InvalidLink => $"{url} is not an http or https link to a page.",
        LinkFailure.Unreachable => $"{url.Host} could not be reached: the host does not exist or refused the connection.",
        LinkFailure.BlockedAddress => $"{url} leads to an address that is not allowed.",
        LinkFailure.TooManyRedirects => $"{url} redirects more than {LinkPolicy.DefaultMaxRedirects} times; give the article's final address.",
        LinkFailure.NotFound => $"{url} was not found (HTTP {result.StatusCode}).",
        LinkFailure.HttpError => $"{url} answered HTTP {result.StatusCode} instead of the page.",
        LinkFailure.NotAPage => $"{url} is not a web page or plain text (a PDF or an image?); save the article's text and give the file.",
        LinkFailure.TooLarge => $"{url} is larger than {LinkPolicy.DefaultMaxBytes / (1024 * 1024)} MB; save the article's text and give the file.",
        LinkFailure.TimedOut => $"{url} did not answer within {LinkPolicy.DefaultTimeout.TotalSeconds:0} seconds.",
        _ => $"No article text could be found at {url}; save the article's text and give the file.",
    };

    private static async Task WriteAsync(string json)
    {
        await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        await stdout.WriteLineAsync(json);
    }
}
