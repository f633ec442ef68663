using BulletinBot.FakeBotApi;
using BulletinBot.Tests.Infrastructure;

namespace BulletinBot.Tests.Delivery;

/// <summary>How the one sender behaves when Telegram pushes back, seen from the chats that receive (or don't).</summary>
public sealed class DeliveryEngineTests
{
    private const long Alice = 501;
    private const long Bob = 502;
    private const long OldGroup = -700;
    private const long Supergroup = -1_000_000_000_700;

    [Fact]
    public async Task Too_many_requests_is_waited_out_then_delivered_once()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Api.FailNext("sendMessage", FakeFailure.TooManyRequests(1), chatId: Alice);

        bot.Api.EnqueueMessage(Alice, Alice, "/start");

        var reply = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice)).Single();
        var attempts = bot.Api.Calls.Where(c => c.Method == "sendMessage").ToList();
        Assert.Equal([429, 200], attempts.Select(c => c.StatusCode));
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromMilliseconds(950), "the retry came before retry_after had passed");
        Assert.Contains("Xin chào", reply.Text);
    }

    [Fact]
    public async Task Blocked_chat_is_skipped_by_broadcasts_until_it_writes_again()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Api.EnqueueMessage(Alice, Alice, "/subscribe");
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice);
        bot.Api.FailNext("sendMessage", FakeFailure.Forbidden(), chatId: Bob);
        bot.Api.EnqueueMessage(Bob, Bob, "/subscribe");
        await bot.Api.WaitForCallAsync("sendMessage", c => c.StatusCode == 403);
        await bot.WaitForDatabaseAsync("SELECT is_active = 0 FROM chats WHERE chat_id = 502");

        await bot.BroadcastAsync("notice:1", "Hội nghị tập huấn tại Huế", Alice, Bob);
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice && m.Text.Contains("Huế", StringComparison.Ordinal));
        Assert.Equal(1, bot.Api.Calls.Count(c => c.Method == "sendMessage" && c.Body.GetProperty("chat_id").GetInt64() == Bob));

        bot.Api.EnqueueMessage(Bob, Bob, "/start");
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Bob);
        await bot.BroadcastAsync("notice:2", "Hội nghị tập huấn tại Cần Thơ", Alice, Bob);

        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Bob && m.Text.Contains("Cần Thơ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Group_upgraded_to_supergroup_keeps_its_subscription_under_the_new_id()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Api.SetGroupMember(OldGroup, Alice);
        bot.Api.EnqueueMessage(OldGroup, Alice, "/subscribe", chatType: "group");
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == OldGroup);
        bot.Api.FailNext("sendMessage", FakeFailure.Migrated(Supergroup), chatId: OldGroup);

        await bot.BroadcastAsync("notice:1", "Hội nghị tập huấn tại Đà Nẵng", OldGroup);

        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Supergroup && m.Text.Contains("Đà Nẵng", StringComparison.Ordinal));
        bot.Api.EnqueueMessage(Supergroup, Alice, "/settings", chatType: "supergroup");
        var settings = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == Supergroup && m.Text.Contains("Cài đặt", StringComparison.Ordinal))).Single();
        Assert.Contains("tất cả thông báo", settings.Text);
    }

    [Fact]
    public async Task Long_message_arrives_in_order_in_parts_within_telegram_limit()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Api.EnqueueMessage(Alice, Alice, "/start");
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice);
        var paragraphs = Enumerable.Range(1, 60).Select(i => $"Đoạn {i:00}: " + new string('x', 140)).ToList();
        var text = string.Join("\n\n", paragraphs);
        Assert.True(text.Length > 9000);

        await bot.BroadcastAsync("long:1", text, Alice);

        var parts = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice && m.Text.StartsWith("Đoạn", StringComparison.Ordinal), count: 3, timeout: TimeSpan.FromSeconds(15)));
        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => Assert.True(p.Text.Length <= 4096, $"a part has {p.Text.Length} characters"));
        Assert.Equal(paragraphs, parts.SelectMany(p => p.Text.Split("\n\n")));
    }

    [Fact]
    public async Task Server_error_is_retried_until_delivered()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Api.FailNext("sendMessage", FakeFailure.ServerError(502), chatId: Alice, times: 2);

        bot.Api.EnqueueMessage(Alice, Alice, "/start");

        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice);
        Assert.Equal([502, 502, 200], bot.Api.Calls.Where(c => c.Method == "sendMessage").Select(c => c.StatusCode));
    }

    [Fact]
    public async Task Same_broadcast_enqueued_twice_is_delivered_once()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Api.EnqueueMessage(Alice, Alice, "/start");
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice);

        var first = await bot.BroadcastAsync("event:42:published", "Hội nghị tại Quy Nhơn", Alice);
        var second = await bot.BroadcastAsync("event:42:published", "Hội nghị tại Quy Nhơn", Alice);
        await bot.BroadcastAsync("event:43:published", "Hội nghị tại Vinh", Alice);

        await bot.Api.WaitForMessagesAsync(m => m.Text.Contains("Vinh", StringComparison.Ordinal));
        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Single(bot.Api.SentMessages, m => m.Text.Contains("Quy Nhơn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_storm_of_429s_ends_with_every_chat_served_exactly_once()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var chats = Enumerable.Range(1, 20).Select(i => 800L + i).ToArray();
        foreach (var chat in chats)
        {
            bot.Api.EnqueueMessage(chat, chat, "/start");
        }

        await bot.Api.WaitForMessagesAsync(m => m.Text.Contains("Xin chào", StringComparison.Ordinal), count: chats.Length);
        bot.Api.FailNext("sendMessage", FakeFailure.TooManyRequests(1), times: 12);

        await bot.BroadcastAsync("storm:1", "Lịch tập huấn tháng 12", chats);

        var received = await bot.Api.WaitForMessagesAsync(m => m.Text.Contains("tháng 12", StringComparison.Ordinal), count: chats.Length, timeout: TimeSpan.FromSeconds(20));
        Assert.Equal(chats.Order(), received.Select(m => m.ChatId).Order());
        Assert.Equal(0, bot.Api.DuplicateCount);
        Assert.True(bot.Api.TooManyRequestsCount >= 12);
    }

    [Fact]
    public async Task A_message_telegram_cannot_parse_fails_and_admins_hear_of_it_once()
    {
        await using var bot = await BotUnderTest.StartAsync();
        long[] staff = [701, 702, 703];
        foreach (var chat in staff.Append(BotUnderTest.AdminId))
        {
            bot.Api.EnqueueMessage(chat, chat, "/start");
        }

        await bot.Api.WaitForMessagesAsync(m => m.Text.Contains("Xin chào", StringComparison.Ordinal), count: 4);
        foreach (var chat in staff)
        {
            bot.Api.FailNext("sendMessage", FakeFailure.BadRequest("Bad Request: can't parse entities: Unsupported start tag \"x\""), chatId: chat);
        }

        await bot.BroadcastAsync("bad:1", "Hội nghị tại Gia Lai", staff);

        var alert = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == BotUnderTest.AdminId && m.Text.Contains("từ chối", StringComparison.Ordinal))).Single();
        await bot.WaitForDatabaseAsync("SELECT count(*) = 3 FROM deliveries WHERE state = 'failed' AND error LIKE '%can''t parse entities%'");
        Assert.Contains("can't parse entities", alert.Text);
        Assert.Single(bot.Api.SentMessages, m => m.ChatId == BotUnderTest.AdminId && m.Text.Contains("từ chối", StringComparison.Ordinal));
        Assert.Equal(3, bot.Api.Calls.Count(c => c.Method == "sendMessage" && c.StatusCode == 400));
    }

    [Fact]
    public async Task Paid_broadcasts_ask_telegram_for_the_paid_rate_and_replies_do_not()
    {
        await using var bot = await BotUnderTest.StartAsync(new Dictionary<string, string?> { ["BulletinBot:Delivery:PaidBroadcast"] = "true" });
        bot.Api.EnqueueMessage(Alice, Alice, "/start");
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice);

        await bot.BroadcastAsync("paid:1", "Hội nghị tại Điện Biên", Alice);
        await bot.Api.WaitForMessagesAsync(m => m.Text.Contains("Điện Biên", StringComparison.Ordinal));

        var sends = bot.Api.Calls.Where(c => c.Method == "sendMessage").ToList();
        Assert.False(sends[0].Body.TryGetProperty("allow_paid_broadcast", out _));
        Assert.True(sends[1].Body.GetProperty("allow_paid_broadcast").GetBoolean());
    }
}
