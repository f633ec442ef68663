using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using BulletinBot.FakeBotApi;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace BulletinBot.Tests.FakeBotApi;

public sealed class FakeBotApiTests
{
    private const string Token = "123456:TEST";

    [Fact]
    public async Task Html_message_with_inline_keyboard_is_recorded_decoded_and_answered_with_the_fakes_message_id()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var bot = NewClient(server);
        const string text = "<b>Hội chợ</b> Kiên Giang & co";
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Huỷ đăng ký", "unsub:1"));

        await bot.SendMessage(42, "first");
        var message = await bot.SendMessage(42, text, parseMode: ParseMode.Html, replyMarkup: keyboard);

        var sent = server.SentMessages[^1];
        Assert.Equal((42L, 2, text, "Html"), (sent.ChatId, sent.MessageId, sent.Text, sent.ParseMode));
        var button = sent.ReplyMarkup?.GetProperty("inline_keyboard")[0][0];
        Assert.Equal("Huỷ đăng ký", button?.GetProperty("text").GetString());
        Assert.Equal((2, text, ChatType.Private), (message.Id, message.Text, message.Chat.Type));
        Assert.Equal("unsub:1", message.ReplyMarkup?.InlineKeyboard.First().First().CallbackData);
        Assert.Equal(Token, server.Calls[^1].Token);

        var edited = await bot.EditMessageText(42, message.Id, "<i>Đã huỷ</i>", parseMode: ParseMode.Html);

        Assert.Equal((message.Id, "<i>Đã huỷ</i>"), (edited.Id, edited.Text));
        Assert.Equal((42L, 2, "Html"), (server.EditedMessages[0].ChatId, server.EditedMessages[0].MessageId, server.EditedMessages[0].ParseMode));
    }

    [Fact]
    public async Task Get_updates_returns_queued_message_and_callback_and_an_offset_confirms_them()
    {
        await using var server = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { FirstUpdateId = 100 });
        var bot = NewClient(server);
        server.EnqueueMessage(7, 7, "/subscribe@bulletin_test_bot Hà Giang", languageCode: "vi");
        server.EnqueueCallback(-1001234567890, 7, messageId: 3, "unsub:1", chatType: "supergroup");

        var updates = await bot.GetUpdates();

        Assert.Equal([100, 101], updates.Select(u => u.Id));
        var command = Assert.Single(updates[0].Message?.Entities ?? []);
        Assert.Equal((MessageEntityType.BotCommand, 0, "/subscribe@bulletin_test_bot".Length), (command.Type, command.Offset, command.Length));
        Assert.Equal(("/subscribe@bulletin_test_bot Hà Giang", "vi"), (updates[0].Message?.Text, updates[0].Message?.From?.LanguageCode));
        var callback = updates[1].CallbackQuery;
        Assert.Equal(("unsub:1", 3, ChatType.Supergroup), (callback?.Data, callback?.Message?.Id, callback?.Message?.Chat.Type));

        var afterConfirm = await bot.GetUpdates(offset: 102, timeout: 0);
        Assert.Empty(afterConfirm);
        Assert.Equal(0, server.PendingUpdates);
    }

    [Fact]
    public async Task Long_poll_answers_as_soon_as_an_update_is_queued()
    {
        await using var server = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { MaxLongPoll = TimeSpan.FromSeconds(5) });
        var bot = NewClient(server);

        var poll = bot.GetUpdates(timeout: 30);
        await server.WaitForLongPollAsync();
        server.EnqueueMessage(7, 7, "hello");

        var updates = await poll.WaitAsync(TimeSpan.FromSeconds(2));
        Assert.Equal("hello", Assert.Single(updates).Message?.Text);
    }

    [Fact]
    public async Task A_429_with_retry_after_1_is_resent_by_the_client_and_delivered_once()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var bot = NewClient(server);
        server.FailNext("sendMessage", FakeFailure.TooManyRequests(retryAfter: 1));

        var message = await bot.SendMessage(42, "tin mới");

        Assert.Equal([429, 200], server.Calls.Select(c => c.StatusCode));
        Assert.Equal(message.Id, Assert.Single(server.SentMessages).MessageId);
        Assert.Equal(1, server.TooManyRequestsCount);
    }

    [Fact]
    public async Task Blocked_user_and_upgraded_group_surface_as_api_request_exceptions()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var bot = NewClient(server);
        server.AlwaysFail(42, FakeFailure.Forbidden());
        server.FailNext("sendMessage", FakeFailure.Migrated(-1001234567890), chatId: -55);

        var blocked = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(42, "x"));
        var migrated = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(-55, "x"));

        Assert.Equal((403, "Forbidden: bot was blocked by the user"), (blocked.ErrorCode, blocked.Message));
        Assert.Equal((400, -1001234567890L), (migrated.ErrorCode, migrated.Parameters?.MigrateToChatId));
        Assert.Empty(server.SentMessages);
        Assert.Equal([403, 400], server.Calls.Select(c => c.StatusCode));
    }

    [Fact]
    public async Task Dropped_connection_and_bad_gateway_surface_as_request_exceptions_and_the_client_recovers()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var bot = NewClient(server);
        server.FailNext("sendMessage", FakeFailure.Drop());
        server.FailNext("sendMessage", FakeFailure.ServerError(502));

        var dropped = await Assert.ThrowsAsync<RequestException>(() => bot.SendMessage(42, "x"));
        var badGateway = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(42, "x"));
        await bot.SendMessage(42, "x");

        Assert.IsNotType<ApiRequestException>(dropped);
        Assert.Equal((502, "Bad Gateway"), (badGateway.ErrorCode, badGateway.Message));
        Assert.Equal([0, 502, 200], server.Calls.Select(c => c.StatusCode));
        Assert.Single(await server.WaitForMessagesAsync(m => m.ChatId == 42));
    }

    [Fact]
    public async Task A_burst_over_the_global_limit_gets_429_with_retry_after()
    {
        var frozenClock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-05T08:00:00Z", CultureInfo.InvariantCulture));
        var limits = new FakeRateLimits(GlobalPerSecond: 5, PerChatPerSecond: 1, PerGroupPerMinute: 20);
        await using var server = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { Limits = limits, TimeProvider = frozenClock });
        var bot = NewClient(server, retryThreshold: 0);

        var sends = Enumerable.Range(1, 8).Select(chatId => bot.SendMessage(chatId, "tin")).ToList();
        var outcomes = await Task.WhenAll(sends.Select(async send => (await Record.ExceptionAsync(() => send)) as ApiRequestException));

        Assert.Equal(5, outcomes.Count(e => e is null));
        Assert.All(outcomes.OfType<ApiRequestException>(), e => Assert.Equal((429, 1), (e.ErrorCode, e.Parameters?.RetryAfter)));
        Assert.Equal(3, server.TooManyRequestsCount);

        frozenClock.Advance(TimeSpan.FromSeconds(1));
        await bot.SendMessage(9, "tin");
        Assert.Equal(6, server.SentMessages.Count);
    }

    [Fact]
    public async Task A_multipart_document_is_recorded_with_its_bytes_caption_and_buttons()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var bot = NewClient(server);
        var content = "Mã,Tiêu đề\r\n1,Hội nghị Đà Nẵng\r\n"u8.ToArray();
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Mở", "see:1"));

        var message = await bot.SendDocument(42, global::Telegram.Bot.Types.InputFile.FromStream(new MemoryStream(content), "su-kien.csv"),
            caption: "<b>Danh sách</b>", parseMode: ParseMode.Html, replyMarkup: keyboard);

        var sent = Assert.Single(server.SentDocuments);
        Assert.Equal((42L, "su-kien.csv", "<b>Danh sách</b>", "Html"), (sent.ChatId, sent.FileName, sent.Caption, sent.ParseMode));
        Assert.Equal(content, sent.Content);
        Assert.Equal("see:1", sent.ReplyMarkup?.GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString());
        Assert.Equal((sent.MessageId, "su-kien.csv", content.Length), (message.Id, message.Document?.FileName, (int)(message.Document?.FileSize ?? 0)));
    }

    [Fact]
    public async Task A_group_gets_429_for_a_second_message_within_a_second_and_for_a_twenty_first_within_a_minute()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-05T08:00:00Z", CultureInfo.InvariantCulture));
        await using var server = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { Limits = new FakeRateLimits(), TimeProvider = clock });
        var bot = NewClient(server, retryThreshold: 0);
        const long group = -700;

        await bot.SendMessage(group, "tin 1");
        var sameSecond = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(group, "tin 2"));
        for (var i = 2; i <= 20; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await bot.SendMessage(group, $"tin {i}");
        }

        clock.Advance(TimeSpan.FromSeconds(1));
        var sameMinute = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(group, "tin 21"));

        Assert.Equal((429, 1), (sameSecond.ErrorCode, sameSecond.Parameters?.RetryAfter));
        Assert.Equal(429, sameMinute.ErrorCode);
        Assert.True(sameMinute.Parameters?.RetryAfter > 30, $"retry after {sameMinute.Parameters?.RetryAfter} s");
        Assert.Equal(20, server.SentMessages.Count);
    }

    private static TelegramBotClient NewClient(FakeBotApiServer server, int retryThreshold = 60) =>
        new(new TelegramBotClientOptions(Token, baseUrl: server.BaseUrl.ToString()) { RetryThreshold = retryThreshold });
}
