using System.Globalization;
using System.Text.RegularExpressions;
using BulletinBot.FakeBotApi;
using BulletinBot.Scheduling;
using BulletinBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace BulletinBot.Tests.Http;

/// <summary>
/// /metrics as Prometheus scrapes it. OpenTelemetry gathers every meter named BulletinBot in the process, so these tests
/// run while no other test's bot does (<see cref="MetricsRunAlone"/>); counters are still compared as "at least".
/// </summary>
[Collection(nameof(MetricsRunAlone))]
public sealed partial class MetricsEndpointTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Updates_sends_failures_throttling_and_the_outbox_show_in_prometheus_form()
    {
        const long Reader = 7_100;
        const long Blocked = 7_101;
        await using var bot = await BotUnderTest.StartAsync();
        bot.Api.AlwaysFail(Blocked, FakeFailure.Forbidden());
        bot.Api.FailNext("sendMessage", FakeFailure.TooManyRequests(1), chatId: Reader);
        bot.Api.EnqueueMessage(Reader, Reader, "/start");
        bot.Api.EnqueueMessage(Blocked, Blocked, "/start");
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Reader, timeout: TimeSpan.FromSeconds(20));
        await bot.WaitForDatabaseAsync($"SELECT count(*) FROM deliveries WHERE chat_id = {Blocked} AND state = 'failed'");

        var text = await Http.GetStringAsync(new Uri(bot.HttpAddress, "/metrics"));

        Assert.True(Value(text, "bulletinbot_updates_handled_total", "update_type=\"message\"") >= 2, text);
        Assert.True(Value(text, "bulletinbot_update_duration_seconds_count", "update_type=\"message\"") >= 2, text);
        Assert.Contains("bulletinbot_update_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.True(Value(text, "bulletinbot_messages_sent_total", "delivery_kind=\"reply\"") >= 1, text);
        Assert.True(Value(text, "bulletinbot_messages_failed_total", "error_type=\"chat_gone\"") >= 1, text);
        Assert.True(Value(text, "bulletinbot_messages_throttled_total", "") >= 1, text);
        Assert.Contains("bulletinbot_outbox_depth{", text, StringComparison.Ordinal);
        Assert.Contains("delivery_state=\"pending\"", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE bulletinbot_messages_sent_total counter", text, StringComparison.Ordinal);
        Assert.DoesNotContain(BotUnderTest.Token, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_outbox_depth_counts_a_broadcast_still_waiting()
    {
        await using var bot = await BotUnderTest.StartAsync(new Dictionary<string, string?>
        {
            ["BulletinBot:Delivery:GlobalPerSecond"] = "2",
        });
        var chats = Enumerable.Range(1, 40).Select(i => 7_200L + i).ToArray();
        await using (var db = await bot.OpenDatabaseAsync())
        {
            await using var insert = db.CreateCommand();
            insert.CommandText = $"INSERT INTO chats (chat_id, kind, created_at, updated_at) SELECT value, 'private', 0, 0 FROM json_each('[{string.Join(',', chats)}]')";
            await insert.ExecuteNonQueryAsync();
        }

        await bot.BroadcastAsync("metrics:depth", "Hội nghị tập huấn tại Huế", chats);
        var text = await Http.GetStringAsync(new Uri(bot.HttpAddress, "/metrics"));

        // Two a second: of 40 queued a moment ago, at most a few have left; the worker holds some as "sending".
        Assert.InRange(DepthSeries(text, "pending") + DepthSeries(text, "sending"), 30, 40);
        Assert.Equal(0, DepthSeries(text, "retry"));
    }

    [Fact]
    public async Task A_scheduled_job_shows_how_late_it_started()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var scheduler = await bot.Services.GetRequiredService<JobSchedule>().SchedulerAsync(CancellationToken.None);
        await scheduler.ScheduleJob(
            JobBuilder.Create<QuietJob>().WithIdentity("quiet", "metrics-test").Build(),
            TriggerBuilder.Create().WithIdentity("quiet", "metrics-test").StartAt(DateTimeOffset.UtcNow.AddMilliseconds(300)).Build(),
            new ScheduleJobOptions(), CancellationToken.None);

        var text = "";
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (Value(text, "bulletinbot_scheduler_lateness_seconds_count", "job_group=\"metrics-test\"") < 1)
        {
            Assert.False(deadline.IsCancellationRequested, text);
            await Task.Delay(200, CancellationToken.None);
            text = await Http.GetStringAsync(new Uri(bot.HttpAddress, "/metrics"));
        }

        // A trigger a moment ahead on an idle scheduler starts within seconds, never the minutes of a misfire.
        Assert.InRange(Value(text, "bulletinbot_scheduler_lateness_seconds_sum", "job_group=\"metrics-test\""), 0, 5);
    }

    // A sample line: name{labels} value [timestamp]; the sum over the series whose labels contain the given text.
    private static double Value(string text, string name, string label) =>
        text.Split('\n')
            .Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) || l.StartsWith(name + " ", StringComparison.Ordinal))
            .Where(l => label.Length == 0 || l.Contains(label, StringComparison.Ordinal))
            .Sum(l => double.Parse(l.Split(' ')[1], CultureInfo.InvariantCulture));

    private static double DepthSeries(string text, string state) =>
        double.Parse(Assert.Single(DepthLine().Matches(text), m => m.Groups[1].Value == state).Groups[2].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("^bulletinbot_outbox_depth\\{[^}]*delivery_state=\"([a-z]+)\"[^}]*\\} ([0-9.e+]+)", RegexOptions.Multiline)]
    private static partial Regex DepthLine();

    private sealed class QuietJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}
