using System.Text.Json;
using System.Text.RegularExpressions;
using BulletinBot.FakeBotApi;
using BulletinBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace BulletinBot.Tests.Telemetry;

/// <summary>
/// The console of a whole webhook run of the real process, JSON lines at Debug: commands, free text, a draft event, a
/// refused post carrying a message, replies and a graceful stop. Nothing in it may carry the token, the webhook's
/// secret or what anyone wrote.
/// </summary>
public sealed partial class LogSecrecyTests
{
    private const string TokenSecret = "LOGSCAN-secret-token-9f3k";
    private static readonly string[] Written =
    [
        "Mật khẩu wifi phòng họp là Sen-2026",
        "Hội nghị kín về ngân sách quý",
        "Quảng Ngãi thứ bảy",
        "bí mật tuyệt đối",
    ];

    [Fact]
    public async Task A_full_webhook_run_logs_no_token_no_secret_and_no_message_text()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var folder = Directory.CreateTempSubdirectory("bulletinbot-logscan-");
        var environment = new Dictionary<string, string?>
        {
            ["BulletinBot__Telegram__Token"] = "123456:" + TokenSecret,
            ["BulletinBot__Telegram__ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["BulletinBot__Telegram__WebhookUrl"] = "https://bot.example.org/telegram/webhook",
            ["BulletinBot__Database__Path"] = Path.Combine(folder.FullName, "bot.db"),
            ["BulletinBot__Admins__0"] = "900",
            ["BulletinBot__Logging__Format"] = "json",
            ["Logging__LogLevel__Default"] = "Debug",
            ["DOTNET_ENVIRONMENT"] = "Production",
        };
        try
        {
            using var process = BotProcess.Start(environment);
            var webhook = await api.WaitForWebhookAsync(TimeSpan.FromSeconds(60));
            var target = new Uri(await ListenerOfAsync(process), "/telegram/webhook");

            api.EnqueueMessage(901, 901, "/start");
            api.EnqueueMessage(901, 901, Written[0]);
            api.EnqueueMessage(900, 900, $"/post {Written[1]} | 20/12/2099 | Hội trường A, Hà Nội");
            api.EnqueueMessage(902, 902, $"/subscribe {Written[2]}");
            api.EnqueueMessage(903, 903, $"/search {Written[3]}", chatType: "group");
            var refusedId = api.EnqueueMessage(904, 904, $"/search {Written[3]}");
            var refused = await api.PostToWebhookAsync(target, refusedId, secret: "guessed-secret");
            var delivery = await api.DeliverToWebhookAsync(target, overall: TimeSpan.FromSeconds(60));
            await api.WaitForMessagesAsync(m => m.ChatId is 900 or 901 or 902 or 904, count: 5, timeout: TimeSpan.FromSeconds(30));

            Assert.Equal(0, await process.TerminateAsync(TimeSpan.FromSeconds(30)));
            var lines = process.Lines.Where(l => l.Length > 0).ToList();
            var everything = string.Join('\n', lines);

            Assert.Equal(401, refused);
            Assert.Equal(6, delivery.Accepted);
            Assert.True(lines.Count > 10, everything);
            Assert.All(lines, line => JsonDocument.Parse(line).Dispose());
            Assert.Contains("without the right secret token", everything, StringComparison.Ordinal);
            Assert.DoesNotContain(TokenSecret, everything, StringComparison.Ordinal);
            Assert.DoesNotContain(webhook.SecretToken ?? "no secret registered", everything, StringComparison.Ordinal);
            Assert.All(Written, text => Assert.DoesNotContain(text, everything, StringComparison.Ordinal));
            Assert.All(api.SentMessages, sent => Assert.DoesNotContain(sent.Text, everything, StringComparison.Ordinal));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<Uri> ListenerOfAsync(BotProcess process)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (Listener().Match(process.Output) is { Success: true } found)
            {
                return new Uri(found.Value);
            }

            await Task.Delay(50, deadline.Token);
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:[0-9]+")]
    private static partial Regex Listener();
}
