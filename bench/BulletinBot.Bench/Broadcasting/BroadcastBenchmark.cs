using BulletinBot.FakeBotApi;
using Microsoft.Data.Sqlite;

namespace BulletinBot.Bench.Broadcasting;

/// <summary>
/// One broadcast to N private chats through the real engine, against an in-process fake Bot API that enforces the
/// same limits the bot was told to keep, so a 429 means the bot overstepped them.
/// </summary>
public static class BroadcastBenchmark
{
    private const long FirstChatId = 1_000_000;

    public static async Task<BroadcastReport> RunAsync(BroadcastSettings run, CancellationToken ct)
    {
        await using var api = await FakeBotApiServer.StartAsync(
            new FakeBotApiOptions
            {
                Limits = run.Unlimited ? null : new FakeRateLimits(run.GlobalPerSecond, run.PerChatPerSecond),
                MaxLongPoll = TimeSpan.FromSeconds(1),
            },
            ct);
        var folder = Directory.CreateTempSubdirectory("bulletinbot-bench-");
        try
        {
            var database = new BenchDatabase(Path.Combine(folder.FullName, "bot.db"));
            var settings = BotSettings.For(run, api.BaseUrl, database.Path);
            var chatIds = Enumerable.Range(1, run.Chats).Select(i => FirstChatId + i).ToList();
            var peak = new WorkingSetPeak();
            var outcome = run.KillAt is { } killAt
                ? await ChildProcessBotRun.RunAsync(run, killAt, settings, api, database, chatIds, peak, ct)
                : await InProcessBotRun.RunAsync(run, settings, database, chatIds, peak, ct);
            var lastArrival = api.Calls.Where(c => c.Method == "sendMessage").Select(c => c.At).DefaultIfEmpty(outcome.EnqueuedAt).Max();
            return new BroadcastReport(
                run,
                outcome,
                lastArrival - outcome.EnqueuedAt,
                api.TooManyRequestsCount,
                api.DuplicateCount,
                Lost: chatIds.Count(id => !api.SentCountByChat.ContainsKey(id)),
                await database.ReadLatenciesAsync(ct),
                peak.PeakBytes);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
