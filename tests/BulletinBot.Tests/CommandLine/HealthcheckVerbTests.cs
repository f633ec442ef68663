using BulletinBot.FakeBotApi;
using BulletinBot.Tests.Infrastructure;

namespace BulletinBot.Tests.CommandLine;

/// <summary>The container's HEALTHCHECK: the bot asking its own listener, as a real process.</summary>
public sealed class HealthcheckVerbTests
{
    [Fact]
    public async Task Healthcheck_exits_zero_while_the_bot_answers_and_one_once_it_has_stopped()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var urls = $"http://0.0.0.0:{bot.HttpAddress.Port}";

        var live = await RunAsync(urls);
        var ready = await RunAsync(urls, "/readyz");
        await bot.StopHostAsync();
        var stopped = await RunAsync(urls);

        Assert.Equal(0, live.ExitCode);
        Assert.Contains("200 Healthy", live.Output, StringComparison.Ordinal);
        Assert.Equal(0, ready.ExitCode);
        Assert.Equal(1, stopped.ExitCode);
        Assert.Contains("did not answer", stopped.Output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string urls, params string[] path)
    {
        var environment = new Dictionary<string, string?> { ["BulletinBot__Http__Urls"] = urls };
        using var process = BotProcess.Start(environment, ["healthcheck", .. path]);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.Process.WaitForExitAsync(deadline.Token);
        return (process.Process.ExitCode, process.Output);
    }
}
