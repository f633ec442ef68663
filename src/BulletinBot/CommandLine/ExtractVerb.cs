using System.CommandLine;
using System.Text;
using BulletinBot.Articles;

namespace BulletinBot.CommandLine;

/// <summary>"extract FILE": reads a news article and prints the event it reports as JSON.</summary>
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
          people            officials: [{"name", "role"}]
          organizers        host bodies ("phối hợp với", "do … tổ chức", "chủ trì")
          summary           two or three sentences for a digest
        Unknown fields are null, never guessed.
        """;

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A text file holding the article, or - to read standard input." };
        var command = new Command("extract", "Print the event a Vietnamese news article reports, as JSON.\n" + Fields) { file };
        command.SetAction(async (parsed, ct) => await RunAsync(parsed.GetValue(file) ?? "-", ct));
        return command;
    }

    private static async Task<int> RunAsync(string path, CancellationToken ct)
    {
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

        var json = ArticleEventJson.Serialize(new ArticleExtractor().Extract(text));
        await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        await stdout.WriteLineAsync(json);
        return 0;
    }
}
