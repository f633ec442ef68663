using BulletinBot.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace BulletinBot.Tests.Delivery;

public sealed class SendingGateTests
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-11-23T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task After_a_refusal_one_probe_goes_after_the_pause_and_the_rest_wait_for_its_answer()
    {
        var gate = new SendingGate(clock);
        await gate.WaitAsync(CancellationToken.None);
        gate.Refused();

        var probe = gate.WaitAsync(CancellationToken.None);
        var second = gate.WaitAsync(CancellationToken.None);
        Assert.False(probe.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await probe.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        gate.Accepted(clock.GetUtcNow());
        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Each_refused_probe_doubles_the_pause()
    {
        var gate = new SendingGate(clock);
        gate.Refused();
        clock.Advance(TimeSpan.FromSeconds(1));
        await gate.WaitAsync(CancellationToken.None);
        gate.Refused();

        var next = gate.WaitAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1.5));
        await Task.Delay(50);
        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(0.5));
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task An_answer_to_a_send_that_left_before_the_refusal_does_not_open_the_gate()
    {
        var gate = new SendingGate(clock);
        var leftEarlier = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromMilliseconds(100));
        gate.Refused();

        gate.Accepted(leftEarlier);

        var waiting = gate.WaitAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
