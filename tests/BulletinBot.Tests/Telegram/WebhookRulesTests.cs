using BulletinBot.Http;
using BulletinBot.Telegram;
using Microsoft.Extensions.Options;

namespace BulletinBot.Tests.Telegram;

/// <summary>
/// The webhook settings Telegram would refuse are refused at start, with the key and the reason. Checked on the rule
/// itself: a start that got past it would talk to Telegram's real servers, which no test may.
/// </summary>
public sealed class WebhookRulesTests
{
    private static readonly WebhookRules Rules = new(Options.Create(new HttpOptions()));

    [Theory]
    [InlineData("https://bot.example.org/telegram/webhook", null)]
    [InlineData("https://bot.example.org:8443/telegram/webhook", null)]
    [InlineData("https://bot.example.org:8080/telegram/webhook", "port 8080; Telegram posts only to ports 443, 80, 88 or 8443")]
    [InlineData("http://bot.example.org/telegram/webhook", "is not https")]
    [InlineData("https://bot.example.org/metrics", "has a path the bot serves itself")]
    public void Telegram_s_own_rules_for_webhook_addresses_hold_at_start(string url, string? problem)
    {
        var result = Rules.Validate(null, new TelegramOptions { Token = "123456:TEST", WebhookUrl = url });

        if (problem is null)
        {
            Assert.True(result.Succeeded, result.FailureMessage);
        }
        else
        {
            Assert.Contains("BulletinBot:Telegram:WebhookUrl", result.FailureMessage, StringComparison.Ordinal);
            Assert.Contains(problem, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_self_hosted_bot_api_server_may_post_to_any_port()
    {
        var result = Rules.Validate(null, new TelegramOptions
        {
            Token = "123456:TEST",
            ApiBaseUrl = "http://127.0.0.1:8081",
            WebhookUrl = "https://bot.example.org:9443/telegram/webhook",
        });

        Assert.True(result.Succeeded, result.FailureMessage);
    }
}
