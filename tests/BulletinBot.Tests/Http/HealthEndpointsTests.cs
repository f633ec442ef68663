using System.Net;
using BulletinBot.FakeBotApi;
using BulletinBot.Telegram;
using BulletinBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BulletinBot.Tests.Http;

/// <summary>/healthz and /readyz as a container runtime or a load balancer probes them, on the bot's loopback listener.</summary>
public sealed class HealthEndpointsTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task A_polling_bot_is_live_and_ready_with_each_check_named()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var live = await Http.GetAsync(new Uri(bot.HttpAddress, "/healthz"));
        // The scheduler starts firing once the host has finished starting, so readiness may lag the start by a moment,
        // as an orchestrator polling /readyz sees it.
        var ready = await Http.GetAsync(new Uri(bot.HttpAddress, "/readyz"));
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (ready.StatusCode != HttpStatusCode.OK && !deadline.IsCancellationRequested)
        {
            await Task.Delay(100, CancellationToken.None);
            ready = await Http.GetAsync(new Uri(bot.HttpAddress, "/readyz"));
        }

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        var report = await ready.Content.ReadAsStringAsync();
        Assert.True(ready.StatusCode == HttpStatusCode.OK, report);
        Assert.StartsWith("Healthy\n", report, StringComparison.Ordinal);
        Assert.Contains("database: Healthy", report, StringComparison.Ordinal);
        Assert.Contains("telegram: Healthy", report, StringComparison.Ordinal);
        Assert.Contains("scheduler: Healthy", report, StringComparison.Ordinal);
        Assert.DoesNotContain(BotUnderTest.Token, report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_token_makes_the_bot_unready_but_still_live()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Api.FailEverything(FakeFailure.Unauthorized());
        var status = bot.Services.GetRequiredService<TelegramStatus>();
        await WaitUntilAsync(() => status.TokenRefused);

        var live = await Http.GetAsync(new Uri(bot.HttpAddress, "/healthz"));
        var ready = await Http.GetAsync(new Uri(bot.HttpAddress, "/readyz"));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var report = await ready.Content.ReadAsStringAsync();
        Assert.Contains("telegram: Unhealthy (Telegram refuses the bot token", report, StringComparison.Ordinal);
        Assert.Contains("database: Healthy", report, StringComparison.Ordinal);

        bot.Api.StopFailingEverything();
        await WaitUntilAsync(() => !status.TokenRefused, TimeSpan.FromSeconds(20));
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync(new Uri(bot.HttpAddress, "/readyz"))).StatusCode);
    }

    [Fact]
    public async Task A_database_another_program_keeps_locked_makes_the_bot_unready_until_it_is_released()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await using (var holder = await bot.OpenDatabaseAsync())
        {
            await using var exclusive = holder.CreateCommand();
            exclusive.CommandText = "BEGIN EXCLUSIVE";
            await exclusive.ExecuteNonQueryAsync();

            var locked = await Http.GetAsync(new Uri(bot.HttpAddress, "/readyz"));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, locked.StatusCode);
            Assert.Contains("database: Unhealthy (not writable", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync(new Uri(bot.HttpAddress, "/healthz"))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync(new Uri(bot.HttpAddress, "/readyz"))).StatusCode);
    }

    [Fact]
    public async Task Http_can_be_turned_off()
    {
        await using var bot = await BotUnderTest.StartAsync(new Dictionary<string, string?> { ["BulletinBot:Http:Enabled"] = "false" });

        Assert.Empty(bot.Services.GetRequiredService<BulletinBot.Http.BotWebServer>().Addresses);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(20, deadline.Token);
        }
    }
}
