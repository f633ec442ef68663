using BulletinBot.Chat;
using BulletinBot.Data;
using BulletinBot.Delivery;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BulletinBot.Tests.Delivery;

/// <summary>The outbox's states on a real SQLite file: pending → sending → sent | retry | failed.</summary>
public sealed class DeliveryStoreTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("bulletinbot-store-").FullName;
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-11-23T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private SqliteConnectionFactory connections = null!;
    private DeliveryStore store = null!;
    private ChatStore chats = null!;

    public async Task InitializeAsync()
    {
        connections = new SqliteConnectionFactory(Options.Create(new DatabaseOptions { Path = Path.Combine(folder, "store.db") }));
        await new DatabaseMigrator(connections, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        store = new DeliveryStore(connections, clock);
        chats = new ChatStore(connections, clock);
        foreach (var id in new long[] { 1, 2, 3 })
        {
            await chats.RegisterAsync(ChatRequest.Message(id, ChatKind.Private, id, "/start"), CancellationToken.None);
        }
    }

    [Fact]
    public async Task Replies_are_claimed_before_broadcasts_queued_earlier()
    {
        await store.EnqueueBroadcastAsync(new Broadcast("b:1", "test", Html.Escape("thông báo")), [1, 2, 3], CancellationToken.None);
        await EnqueueReplyAsync(2, "trả lời");

        var claimed = await store.ClaimDueAsync(10, CancellationToken.None);

        Assert.Equal(["trả lời", "thông báo", "thông báo"], claimed.Select(r => r.Text));
        Assert.Equal([2L, 1L, 3L], claimed.Select(r => r.ChatId));
    }

    [Fact]
    public async Task Chats_take_turns_one_row_each_and_in_the_order_they_were_queued()
    {
        foreach (var text in new[] { "một", "hai", "ba" })
        {
            await EnqueueReplyAsync(1, text);
        }

        await EnqueueReplyAsync(2, "khách");

        var first = await store.ClaimDueAsync(10, CancellationToken.None);
        var whileInHand = await store.ClaimDueAsync(10, CancellationToken.None);
        await store.ApplyAsync([DeliveryResult.Sent(first[0].Id, 1, messageId: 7, at: clock.GetUtcNow().ToUnixTimeMilliseconds())], CancellationToken.None);
        var next = await store.ClaimDueAsync(10, CancellationToken.None);

        Assert.Equal(["một", "khách"], first.Select(r => r.Text));
        Assert.Empty(whileInHand);
        Assert.Equal("hai", Assert.Single(next).Text);
    }

    [Fact]
    public async Task A_reply_waiting_to_be_retried_holds_back_its_chats_later_replies_only()
    {
        await EnqueueReplyAsync(1, "một");
        await EnqueueReplyAsync(1, "hai");
        await EnqueueReplyAsync(2, "khách");
        var first = await store.ClaimDueAsync(10, CancellationToken.None);
        var retryAt = clock.GetUtcNow().AddSeconds(30).ToUnixTimeMilliseconds();

        await store.ApplyAsync([DeliveryResult.Retry(first[0].Id, 0, retryAt, "502: Bad Gateway", countsAsAttempt: true)], CancellationToken.None);

        Assert.Empty(await store.ClaimDueAsync(10, CancellationToken.None));
        Assert.Equal(clock.GetUtcNow().AddSeconds(30), await store.NextDueAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("một", Assert.Single(await store.ClaimDueAsync(10, CancellationToken.None)).Text);
    }

    [Fact]
    public async Task Claimed_rows_are_not_claimed_again_until_a_restart_resets_them()
    {
        await EnqueueReplyAsync(1, "một");
        var first = await store.ClaimDueAsync(10, CancellationToken.None);

        var second = await store.ClaimDueAsync(10, CancellationToken.None);
        var reset = await store.ResetInFlightAsync(CancellationToken.None);
        var third = await store.ClaimDueAsync(10, CancellationToken.None);

        Assert.Single(first);
        Assert.Empty(second);
        Assert.Equal(1, reset);
        Assert.Equal(first[0].Id, Assert.Single(third).Id);
    }

    [Fact]
    public async Task A_retry_waits_for_its_time_and_a_sent_row_never_comes_back()
    {
        await EnqueueReplyAsync(1, "một");
        await EnqueueReplyAsync(2, "hai");
        var claimed = await store.ClaimDueAsync(10, CancellationToken.None);
        var retryAt = clock.GetUtcNow().AddSeconds(30).ToUnixTimeMilliseconds();

        await store.ApplyAsync(
        [
            DeliveryResult.Sent(claimed[0].Id, 1, messageId: 99, at: clock.GetUtcNow().ToUnixTimeMilliseconds()),
            DeliveryResult.Retry(claimed[1].Id, 0, retryAt, "502: Bad Gateway", countsAsAttempt: true),
        ], CancellationToken.None);

        Assert.Empty(await store.ClaimDueAsync(10, CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(30));
        var again = Assert.Single(await store.ClaimDueAsync(10, CancellationToken.None));
        Assert.Equal(claimed[1].Id, again.Id);
        Assert.Equal(2, again.Attempts);
    }

    [Fact]
    public async Task Slowing_down_does_not_use_up_an_attempt()
    {
        await EnqueueReplyAsync(1, "một");
        var claimed = Assert.Single(await store.ClaimDueAsync(10, CancellationToken.None));

        await store.ApplyAsync([DeliveryResult.Retry(claimed.Id, 0, clock.GetUtcNow().ToUnixTimeMilliseconds(), "too many requests", countsAsAttempt: false)], CancellationToken.None);

        Assert.Equal(1, Assert.Single(await store.ClaimDueAsync(10, CancellationToken.None)).Attempts);
    }

    [Fact]
    public async Task A_broadcast_skips_chats_that_blocked_the_bot()
    {
        await chats.DeactivateAsync(2, "Forbidden: bot was blocked by the user", clock.GetUtcNow(), CancellationToken.None);

        await store.EnqueueBroadcastAsync(new Broadcast("b:2", "test", Html.Escape("x")), [1, 2, 3], CancellationToken.None);

        Assert.Equal([1L, 3L], (await store.ClaimDueAsync(10, CancellationToken.None)).Select(r => r.ChatId).Order());
    }

    [Fact]
    public async Task A_chat_that_wrote_after_the_failed_send_is_not_marked_gone()
    {
        var sendStarted = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromSeconds(1));
        await chats.RegisterAsync(ChatRequest.Message(3, ChatKind.Private, 3, "/start"), CancellationToken.None);

        var deactivated = await chats.DeactivateAsync(3, "Forbidden: bot was blocked by the user", sendStarted, CancellationToken.None);

        Assert.False(deactivated);
        Assert.True((await chats.FindAsync(3, CancellationToken.None))?.IsActive);
    }

    private async Task EnqueueReplyAsync(long chatId, string text)
    {
        await using var db = await connections.OpenAsync(CancellationToken.None);
        await using var transaction = await db.BeginTransactionAsync();
        await store.EnqueueReplyAsync(db, transaction, new OutgoingMessage(chatId, Html.Escape(text), []), CancellationToken.None);
        await transaction.CommitAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
