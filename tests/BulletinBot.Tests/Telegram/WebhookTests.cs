using System.Net;
using BulletinBot.Tests.Infrastructure;
using Dapper;

namespace BulletinBot.Tests.Telegram;

/// <summary>
/// Webhook mode end to end: the bot registers its webhook with the fake Bot API, which then posts updates to the bot's
/// loopback listener as Telegram would through the reverse proxy, with the secret, redeliveries and bursts.
/// </summary>
public sealed class WebhookTests
{
    private const string WebhookUrl = "https://bot.example.org/telegram/webhook";

    private static Dictionary<string, string?> Webhook(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["BulletinBot:Telegram:WebhookUrl"] = WebhookUrl };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public async Task The_bot_registers_its_webhook_with_a_secret_it_keeps_across_restarts_and_never_polls()
    {
        await using var bot = await BotUnderTest.StartAsync(Webhook());
        var first = bot.Api.Webhook;

        await bot.RestartAsync();
        var second = await bot.Api.WaitForWebhookAsync();

        Assert.NotNull(first);
        Assert.Equal(WebhookUrl, first.Url);
        Assert.Equal(["message", "callback_query", "my_chat_member"], first.AllowedUpdates);
        Assert.False(first.DropPendingUpdates);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", first.SecretToken);
        Assert.Equal(first.SecretToken, second.SecretToken);
        Assert.Equal(0, bot.Api.Count("getUpdates"));
        Assert.Equal("/telegram/webhook", bot.WebhookTarget.AbsolutePath);
    }

    [Fact]
    public async Task A_configured_secret_and_path_are_used_as_given()
    {
        await using var bot = await BotUnderTest.StartAsync(Webhook(
            ("BulletinBot:Telegram:WebhookSecret", "office_secret-42"),
            ("BulletinBot:Telegram:WebhookPath", "/hook")));
        var id = bot.Api.EnqueueMessage(801, 801, "/start");

        var delivery = await bot.Api.DeliverToWebhookAsync(bot.WebhookTarget);

        Assert.Equal("office_secret-42", bot.Api.Webhook?.SecretToken);
        Assert.Equal("/hook", bot.WebhookTarget.AbsolutePath);
        Assert.Equal([200], delivery.Statuses);
        Assert.Single(await bot.Api.WaitForMessagesAsync(m => m.ChatId == 801));
        Assert.Equal(401, await bot.Api.PostToWebhookAsync(new Uri(bot.HttpAddress, "/hook"), id, secret: "office_secret-41"));
    }

    [Fact]
    public async Task An_update_posted_again_is_answered_once()
    {
        await using var bot = await BotUnderTest.StartAsync(Webhook());
        var start = bot.Api.EnqueueMessage(802, 802, "/start");
        await bot.Api.DeliverToWebhookAsync(bot.WebhookTarget);
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == 802);

        var again = await bot.Api.PostToWebhookAsync(bot.WebhookTarget, start, bot.Api.Webhook?.SecretToken);
        bot.Api.EnqueueMessage(802, 802, "/help");
        await bot.Api.DeliverToWebhookAsync(bot.WebhookTarget);
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == 802 && m.Text.Contains("Các lệnh", StringComparison.Ordinal));

        Assert.Equal(200, again);
        Assert.Equal(2, bot.Api.SentMessages.Count(m => m.ChatId == 802));
        Assert.Equal(0, bot.Api.DuplicateCount);
    }

    [Fact]
    public async Task A_post_Telegram_gave_up_on_while_the_database_was_locked_is_posted_again_and_answered_once()
    {
        await using var bot = await BotUnderTest.StartAsync(Webhook());
        await using var other = await bot.OpenDatabaseAsync();
        await using (var lockIt = other.CreateCommand())
        {
            lockIt.CommandText = "BEGIN EXCLUSIVE; UPDATE service_state SET updated_at = 0;";
            await lockIt.ExecuteNonQueryAsync();
        }

        bot.Api.EnqueueMessage(803, 803, "/subscribe");
        var delivering = bot.Api.DeliverToWebhookAsync(bot.WebhookTarget, answerWithin: TimeSpan.FromSeconds(1));
        await Task.Delay(TimeSpan.FromSeconds(3));
        await using (var release = other.CreateCommand())
        {
            release.CommandText = "COMMIT";
            await release.ExecuteNonQueryAsync();
        }

        var delivery = await delivering;
        var replies = await bot.Api.WaitForMessagesAsync(m => m.ChatId == 803, timeout: TimeSpan.FromSeconds(20));

        Assert.Contains(0, delivery.Statuses);
        Assert.Equal(200, delivery.Statuses[^1]);
        Assert.Contains("Đã đăng ký", Assert.Single(replies).Text, StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Single(bot.Api.SentMessages, m => m.ChatId == 803);
    }

    [Fact]
    public async Task A_wrong_or_missing_secret_is_refused_unread_and_logged_once_without_the_body()
    {
        await using var bot = await BotUnderTest.StartAsync(Webhook());
        var id = bot.Api.EnqueueMessage(804, 804, "/search Bí mật của phòng họp");

        var wrong = await bot.Api.PostToWebhookAsync(bot.WebhookTarget, id, secret: "guessed");
        var missing = await bot.Api.PostToWebhookAsync(bot.WebhookTarget, id, secret: null);

        Assert.Equal(401, wrong);
        Assert.Equal(401, missing);
        await using var db = await bot.OpenDatabaseAsync();
        Assert.Equal(0, await db.ExecuteScalarAsync<long>("SELECT count(*) FROM handled_updates"));
        Assert.Single(bot.Logs.Lines, l => l.Contains("without the right secret token", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("phòng họp", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Api.SentMessages, m => m.ChatId == 804);
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_refused_with_413_and_garbage_with_400()
    {
        await using var bot = await BotUnderTest.StartAsync(Webhook());
        var large = new byte[(1024 * 1024) + 1];
        large.AsSpan().Fill((byte)' ');

        Assert.Equal(413, await bot.Api.PostRawToWebhookAsync(bot.WebhookTarget, large));
        Assert.Equal(400, await bot.Api.PostRawToWebhookAsync(bot.WebhookTarget, "{not json"u8.ToArray()));
        Assert.Equal(HttpStatusCode.OK, (await new HttpClient().GetAsync(new Uri(bot.HttpAddress, "/healthz"))).StatusCode);
    }

    [Fact]
    public async Task A_burst_of_a_thousand_updates_from_two_hundred_chats_gets_every_reply_once()
    {
        await using var bot = await BotUnderTest.StartAsync(Webhook(
            ("BulletinBot:Delivery:GlobalPerSecond", "1000"),
            ("BulletinBot:Delivery:PrivateChatPerSecond", "100")));
        var chats = Enumerable.Range(1, 200).Select(i => 10_000L + i).ToArray();
        for (var round = 1; round <= 5; round++)
        {
            foreach (var chat in chats)
            {
                bot.Api.EnqueueMessage(chat, chat, $"/hoi{round}");
            }
        }

        var delivery = await bot.Api.DeliverToWebhookAsync(bot.WebhookTarget, connections: 40, overall: TimeSpan.FromMinutes(2));
        await bot.Api.WaitForMessagesAsync(m => m.Text.Contains("/hoi", StringComparison.Ordinal), count: 1000, timeout: TimeSpan.FromMinutes(1));

        Assert.Equal(1000, delivery.Accepted);
        Assert.Equal(0, bot.Api.DuplicateCount);
        Assert.All(chats, chat => Assert.Equal(5, bot.Api.SentMessages.Count(m => m.ChatId == chat)));
        Assert.Equal(0, bot.Api.PendingUpdates);
    }
}
