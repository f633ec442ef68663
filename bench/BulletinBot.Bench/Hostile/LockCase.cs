using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BulletinBot.Bench.Hostile;

/// <summary>
/// Another program holds a write lock on the bot's database while users write to the bot: how many of them are
/// answered once the lock is released, and how long after.
/// </summary>
public static class LockCase
{
    private const long FirstUser = 20_000;

    public static async Task<int> RunAsync(int users, TimeSpan held, TextWriter output)
    {
        await using var bot = await HostileBot.StartAsync();
        bot.Api.EnqueueMessage(FirstUser, FirstUser, "/start");
        await bot.Api.WaitForMessagesAsync(m => m.ChatId == FirstUser);

        DateTimeOffset released;
        await using (var other = new SqliteConnection($"Data Source={bot.DatabasePath};Pooling=False"))
        {
            await other.OpenAsync();
            await using (var hold = other.CreateCommand())
            {
                hold.CommandText = "BEGIN EXCLUSIVE; UPDATE chats SET title = 'held' WHERE chat_id = $id;";
                hold.Parameters.AddWithValue("$id", FirstUser);
                await hold.ExecuteNonQueryAsync();
            }

            for (var i = 1; i <= users; i++)
            {
                bot.Api.EnqueueMessage(FirstUser + i, FirstUser + i, "/subscribe");
            }

            await Task.Delay(held);
            await using var commit = other.CreateCommand();
            commit.CommandText = "COMMIT";
            await commit.ExecuteNonQueryAsync();
            released = DateTimeOffset.UtcNow;
        }

        IReadOnlyList<BulletinBot.FakeBotApi.SentMessage> answered;
        try
        {
            answered = await bot.Api.WaitForMessagesAsync(m => m.ChatId > FirstUser, count: users, timeout: TimeSpan.FromMinutes(3));
        }
        catch (TimeoutException)
        {
            answered = [.. bot.Api.SentMessages.Where(m => m.ChatId > FirstUser)];
        }

        var lost = users - answered.Select(m => m.ChatId).Distinct().Count();
        output.WriteLine(Format($"lock held s: {held.TotalSeconds:0} (busy timeout 30 s, the default)"));
        output.WriteLine(Format($"users who wrote during the lock: {users}"));
        output.WriteLine(Format($"answered: {users - lost}, lost: {lost}, duplicates: {bot.Api.DuplicateCount}"));
        output.WriteLine(Format($"last answer s after release: {(answered.Count == 0 ? double.NaN : (answered.Max(m => m.At) - released).TotalSeconds):0.0}"));
        return lost == 0 ? 0 : 1;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
