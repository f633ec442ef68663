using System.CommandLine;
using BulletinBot.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BulletinBot.CommandLine;

/// <summary>
/// "healthcheck [PATH]": asks the running bot's own listener (BulletinBot:Http:Urls, on this machine) for /healthz and
/// exits 0 when it answers 200. For the container's HEALTHCHECK: the runtime image has no curl, but it has the bot.
/// </summary>
public static class HealthcheckVerb
{
    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "/healthz (the default) or /readyz.", DefaultValueFactory = _ => "/healthz" };
        var command = new Command("healthcheck", "Exit 0 when the bot running on this machine answers its health endpoint with 200.") { path };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parsed, ct) => RunAsync([.. parsed.UnmatchedTokens], parsed.GetValue(path) ?? "/healthz", ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] hostArgs, string path, CancellationToken ct)
    {
        HttpOptions http;
        using (var host = BotHost.CreateBuilder(hostArgs, BotMode.Telegram).Build())
        {
            http = host.Services.GetRequiredService<IOptions<HttpOptions>>().Value;
        }

        if (!http.Enabled || http.UrlList() is not [var first, ..] || !Uri.TryCreate(Local(first), UriKind.Absolute, out var listener))
        {
            await Console.Error.WriteLineAsync($"{HttpOptions.Section} is off or has no usable address; nothing to ask");
            return 1;
        }

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(new Uri(listener, path), ct);
            Console.WriteLine($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}".Trim());
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"{new Uri(listener, path)} did not answer: {ex.Message}");
            return 1;
        }
    }

    // The listener answers on this machine whatever address it was told to listen on.
    private static string Local(string url) => url
        .Replace("://0.0.0.0:", "://127.0.0.1:", StringComparison.Ordinal)
        .Replace("://*:", "://127.0.0.1:", StringComparison.Ordinal)
        .Replace("://+:", "://127.0.0.1:", StringComparison.Ordinal)
        .Replace("://[::]:", "://[::1]:", StringComparison.Ordinal);
}
