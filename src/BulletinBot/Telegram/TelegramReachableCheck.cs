using Microsoft.Extensions.Diagnostics.HealthChecks;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace BulletinBot.Telegram;

/// <summary>
/// Ready when Telegram accepted the token within the last minute. A polling bot hears from Telegram at every long poll;
/// a webhook bot may stay quiet for hours, so when the last answer is older the check asks Telegram itself (getMe), at
/// most every <see cref="ProbeEvery"/> however often it is probed.
/// </summary>
public sealed class TelegramReachableCheck(TelegramStatus status, ITelegramBotClient bot, TimeProvider time) : IHealthCheck, IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ProbeEvery = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim probing = new(1, 1);
    private DateTimeOffset lastProbeAt = DateTimeOffset.MinValue;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (status.RefusedSince is { } refused)
        {
            return HealthCheckResult.Unhealthy($"Telegram refuses the bot token since {refused:O}");
        }

        if (Recent() is { } healthy)
        {
            return healthy;
        }

        await ProbeAsync(cancellationToken);
        return Recent() ?? HealthCheckResult.Unhealthy(status.LastContactAt is { } at
            ? $"no answer from Telegram since {at:O}"
            : "no answer from Telegram yet");
    }

    public void Dispose() => probing.Dispose();

    private HealthCheckResult? Recent() =>
        status.LastContactAt is { } at && time.GetUtcNow() - at <= Window && status.RefusedSince is null
            ? HealthCheckResult.Healthy($"last answer {(time.GetUtcNow() - at).TotalSeconds:0} s ago")
            : null;

    private async Task ProbeAsync(CancellationToken ct)
    {
        if (!await probing.WaitAsync(0, ct))
        {
            return;
        }

        try
        {
            if (time.GetUtcNow() - lastProbeAt < ProbeEvery)
            {
                return;
            }

            lastProbeAt = time.GetUtcNow();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(ProbeTimeout);

            // The answer, or its absence, reaches TelegramStatus through the client's handler; that is what is read.
            await bot.GetMe(timeout.Token);
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            // Unreachable or timed out: the status stays as it was, and the check reports it.
        }
        finally
        {
            probing.Release();
        }
    }
}
