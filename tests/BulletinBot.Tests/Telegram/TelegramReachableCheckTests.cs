using BulletinBot.FakeBotApi;
using BulletinBot.Telegram;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;

namespace BulletinBot.Tests.Telegram;

/// <summary>
/// The readiness check's view of Telegram: fresh answers are enough, a minute of silence (a quiet webhook bot) is
/// answered by one getMe, and a Telegram that does not answer makes the bot unready without being asked at every probe.
/// </summary>
public sealed class TelegramReachableCheckTests
{
    [Fact]
    public async Task Silence_is_asked_about_at_most_every_fifteen_seconds_and_an_answer_makes_the_bot_ready()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var status = new TelegramStatus(time, NullLogger<TelegramStatus>.Instance);
        using var http = new HttpClient(new TelegramStatusHandler(status, time) { InnerHandler = new SocketsHttpHandler() });
        var client = new TelegramBotClient(new TelegramBotClientOptions("123456:TEST-check", api.BaseUrl.ToString()), http);
        using var check = new TelegramReachableCheck(status, client, time);

        var first = await check.CheckHealthAsync(new HealthCheckContext());
        time.Advance(TimeSpan.FromSeconds(30));
        var within = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, first.Status);
        Assert.Equal(HealthStatus.Healthy, within.Status);
        Assert.Equal(1, api.Count("getMe"));

        api.FailEverything(FakeFailure.ServerError(502));
        time.Advance(TimeSpan.FromSeconds(31));
        var silent = await check.CheckHealthAsync(new HealthCheckContext());
        var again = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, silent.Status);
        Assert.StartsWith("no answer from Telegram since", silent.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Unhealthy, again.Status);
        Assert.Equal(2, api.Count("getMe"));

        api.StopFailingEverything();
        time.Advance(TimeSpan.FromSeconds(16));
        var back = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, back.Status);
        Assert.Equal(3, api.Count("getMe"));
    }
}
