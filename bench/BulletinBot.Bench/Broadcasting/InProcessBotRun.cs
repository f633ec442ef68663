using System.Diagnostics;
using BulletinBot.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BulletinBot.Bench.Broadcasting;

/// <summary>The real host, as Program composes it, inside this process; the broadcast is enqueued through its own store.</summary>
public static class InProcessBotRun
{
    public static async Task<RunOutcome> RunAsync(
        BroadcastSettings run, Dictionary<string, string?> settings, BenchDatabase database, IReadOnlyList<long> chatIds, WorkingSetPeak peak, CancellationToken ct)
    {
        var builder = BotHost.CreateBuilder([], BotMode.Telegram);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        using var host = builder.Build();
        await host.StartAsync(ct);
        try
        {
            await database.InsertPrivateChatsAsync([.. chatIds, .. BenchBroadcast.WarmUpChats], ct);
            await WarmUpAsync(host.Services, database, ct);
            var enqueueStarted = Stopwatch.GetTimestamp();
            await host.Services.GetRequiredService<DeliveryStore>().EnqueueBroadcastAsync(BenchBroadcast.Create(), chatIds, ct);
            host.Services.GetRequiredService<DeliverySignal>().Wake();
            var enqueue = Stopwatch.GetElapsedTime(enqueueStarted);

            var enqueuedAt = DateTimeOffset.UtcNow;
            using var self = Process.GetCurrentProcess();
            var completed = await Progress.WaitUntilAsync(
                async c => await database.CountSentAsync(c) >= run.Chats, self, peak, Progress.TimeoutFor(run), ct);
            return new RunOutcome(completed, enqueue, enqueuedAt, Kills: 0);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static async Task WarmUpAsync(IServiceProvider services, BenchDatabase database, CancellationToken ct)
    {
        await services.GetRequiredService<DeliveryStore>().EnqueueBroadcastAsync(BenchBroadcast.WarmUp(), BenchBroadcast.WarmUpChats, ct);
        services.GetRequiredService<DeliverySignal>().Wake();
        while (await database.CountSentAsync(ct, BenchBroadcast.WarmUpKey) < BenchBroadcast.WarmUpChats.Length)
        {
            await Task.Delay(20, ct);
        }

        // Lets the fake's one-second windows forget the warm-up, so the measured run starts with a clean slate.
        await Task.Delay(TimeSpan.FromSeconds(1.1), ct);
    }
}
