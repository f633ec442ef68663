using BulletinBot.Tests.Infrastructure;

namespace BulletinBot.Tests.Telegram;

/// <summary>Another program holding the database longer than the bot's patience: every update is still answered once it lets go.</summary>
public sealed class DatabaseLockTests
{
    private const long Alice = 501;
    private const long Bob = 502;

    // With a one-second busy timeout the old handler gave an update up after about six seconds.
    private static readonly TimeSpan Held = TimeSpan.FromSeconds(9);

    [Fact]
    public async Task Messages_that_arrive_while_another_program_locks_the_database_are_answered_after_it_lets_go()
    {
        await using var bot = await BotUnderTest.StartAsync(new Dictionary<string, string?> { ["BulletinBot:Database:BusyTimeout"] = "00:00:01" });
        bot.Api.EnqueueMessage(Alice, Alice, "/start");
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice);

        await using (var other = await bot.OpenDatabaseAsync())
        {
            await using (var lockIt = other.CreateCommand())
            {
                lockIt.CommandText = "BEGIN EXCLUSIVE; UPDATE chats SET title = 'held' WHERE chat_id = 501;";
                await lockIt.ExecuteNonQueryAsync();
            }

            bot.Api.EnqueueMessage(Bob, Bob, "/subscribe");
            bot.Api.EnqueueMessage(Alice, Alice, "/help");
            await Task.Delay(Held);
            Assert.DoesNotContain(bot.Api.SentMessages, m => m.ChatId == Bob);

            await using var release = other.CreateCommand();
            release.CommandText = "COMMIT";
            await release.ExecuteNonQueryAsync();
        }

        var subscribed = await bot.Api.WaitForMessagesAsync(m => m.ChatId == Bob, timeout: TimeSpan.FromSeconds(20));
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice && m.Text.Contains("Các lệnh", StringComparison.Ordinal), timeout: TimeSpan.FromSeconds(20));
        Assert.Contains("Đã đăng ký", Assert.Single(subscribed).Text);
        Assert.Equal(0, bot.Api.DuplicateCount);
    }
}
