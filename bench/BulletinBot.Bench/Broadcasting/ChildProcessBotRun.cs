using System.Diagnostics;
using BulletinBot.Data;
using BulletinBot.Delivery;
using BulletinBot.FakeBotApi;
using Microsoft.Extensions.Options;

namespace BulletinBot.Bench.Broadcasting;

/// <summary>
/// The bot as a child process, killed once the fake Bot API has received <c>--kill-at</c> messages and started again
/// on the same file: what an operator's <c>kill -9</c> and restart do to a broadcast.
/// </summary>
public static class ChildProcessBotRun
{
    public static async Task<RunOutcome> RunAsync(
        BroadcastSettings run, int killAt, Dictionary<string, string?> settings, FakeBotApiServer api, BenchDatabase database,
        IReadOnlyList<long> chatIds, WorkingSetPeak peak, CancellationToken ct)
    {
        var environment = BotSettings.AsEnvironment(settings);
        await BotProcess.RunToEndAsync(environment, ct, "migrate");
        await database.InsertPrivateChatsAsync(chatIds, ct);
        var enqueueStarted = Stopwatch.GetTimestamp();
        var store = new DeliveryStore(new SqliteConnectionFactory(Options.Create(new DatabaseOptions { Path = database.Path })), TimeProvider.System);
        await store.EnqueueBroadcastAsync(BenchBroadcast.Create(), chatIds, ct);
        var enqueue = Stopwatch.GetElapsedTime(enqueueStarted);

        var enqueuedAt = DateTimeOffset.UtcNow;
        var timeout = Progress.TimeoutFor(run);
        using (var first = BotProcess.Start(environment))
        {
            var reached = await Progress.WaitUntilAsync(_ => Task.FromResult(api.DistinctChatsReached >= killAt), first.Process, peak, timeout, ct);
            await first.KillAsync();
            if (!reached)
            {
                return new RunOutcome(false, enqueue, enqueuedAt, Kills: 1);
            }
        }

        using var second = BotProcess.Start(environment);
        var completed = await Progress.WaitUntilAsync(
            async c => await database.CountSentAsync(c) >= run.Chats, second.Process, peak, timeout, ct);
        await second.KillAsync();
        return new RunOutcome(completed, enqueue, enqueuedAt, Kills: 1);
    }
}
