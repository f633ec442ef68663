using BulletinBot.Delivery;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BulletinBot.Tests.Delivery;

public sealed class DeliveryPacerTests
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-11-23T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly DeliveryPacer pacer;

    public DeliveryPacerTests()
    {
        pacer = new DeliveryPacer(Options.Create(new DeliveryOptions { PrivateChatPerSecond = 1, GroupPerMinute = 20 }), clock);
    }

    [Fact]
    public void A_private_chat_gets_one_message_now_and_must_wait_for_the_next()
    {
        Assert.True(pacer.TryTakeChat(1, isGroup: false, out _));
        Assert.False(pacer.TryTakeChat(1, isGroup: false, out var wait));
        Assert.InRange(wait, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(1.1));
    }

    [Fact]
    public void One_busy_chat_does_not_hold_up_another()
    {
        Assert.True(pacer.TryTakeChat(1, isGroup: false, out _));

        Assert.True(pacer.TryTakeChat(2, isGroup: false, out _));
    }

    [Fact]
    public void A_private_chat_waits_a_full_second_counted_from_telegrams_answer()
    {
        Assert.True(pacer.TryTakeChat(1, isGroup: false, out _));
        clock.Advance(TimeSpan.FromMilliseconds(400));
        pacer.ChatAnswered(1);
        clock.Advance(TimeSpan.FromMilliseconds(700));

        Assert.False(pacer.TryTakeChat(1, isGroup: false, out var wait));
        Assert.InRange(wait, TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(400));
    }

    [Fact]
    public void A_group_takes_one_message_a_second()
    {
        Assert.True(pacer.TryTakeChat(-5, isGroup: true, out _));

        Assert.False(pacer.TryTakeChat(-5, isGroup: true, out var wait));
        Assert.InRange(wait, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(1.1));
    }

    [Fact]
    public void A_group_takes_twenty_messages_a_minute()
    {
        var taken = 0;
        for (var second = 0; second < 40; second++)
        {
            taken += pacer.TryTakeChat(-5, isGroup: true, out _) ? 1 : 0;
            clock.Advance(TimeSpan.FromSeconds(1.1));
        }

        Assert.Equal(20, taken);
        Assert.False(pacer.TryTakeChat(-5, isGroup: true, out var wait));
        Assert.True(wait > TimeSpan.FromSeconds(10), $"waits {wait}");
    }

    [Fact]
    public void Too_many_requests_for_one_chat_pauses_only_that_chat()
    {
        pacer.SlowDown(7, TimeSpan.FromSeconds(30));

        Assert.False(pacer.TryTakeChat(7, isGroup: false, out var wait));
        Assert.Equal(TimeSpan.FromSeconds(30), wait);
        Assert.True(pacer.TryTakeChat(8, isGroup: false, out _));
        Assert.False(pacer.IsPausedBotWide);
    }

    [Fact]
    public void Too_many_requests_for_two_chats_at_once_pauses_the_whole_bot()
    {
        pacer.SlowDown(7, TimeSpan.FromSeconds(5));
        clock.Advance(TimeSpan.FromMilliseconds(200));
        pacer.SlowDown(8, TimeSpan.FromSeconds(5));

        Assert.True(pacer.IsPausedBotWide);
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.False(pacer.IsPausedBotWide);
    }

    [Fact]
    public void Paused_chat_may_receive_again_once_the_pause_is_over()
    {
        pacer.SlowDown(7, TimeSpan.FromSeconds(3));
        clock.Advance(TimeSpan.FromSeconds(3));

        Assert.True(pacer.TryTakeChat(7, isGroup: false, out _));
    }
}
