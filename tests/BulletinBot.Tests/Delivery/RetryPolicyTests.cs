using BulletinBot.Delivery;

namespace BulletinBot.Tests.Delivery;

public sealed class RetryPolicyTests
{
    private readonly RetryPolicy policy = new(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(10), maxAttempts: 6);

    [Theory]
    [InlineData(1, 0.0, 1)]
    [InlineData(1, 0.999, 2)]
    [InlineData(2, 0.0, 2)]
    [InlineData(3, 0.5, 6)]
    [InlineData(4, 1.0, 16)]
    [InlineData(12, 0.0, 300)]
    [InlineData(12, 1.0, 600)]
    public void Delay_doubles_per_attempt_with_half_of_it_jittered_and_a_ceiling(int attempt, double jitter, double expectedSeconds)
    {
        Assert.Equal(expectedSeconds, policy.DelayAfter(attempt, jitter).TotalSeconds, precision: 2);
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(7, true)]
    public void Gives_up_after_the_last_attempt(int attempt, bool givesUp)
    {
        Assert.Equal(givesUp, policy.ShouldGiveUp(attempt));
    }
}
