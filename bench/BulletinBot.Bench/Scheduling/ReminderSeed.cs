using Microsoft.Data.Sqlite;

namespace BulletinBot.Bench.Scheduling;

/// <summary>
/// Fills a migrated database with pending personal reminders, straight into their table as many people setting them
/// over weeks would have: <c>due</c> of them in one minute, the rest spread over the next 30 days.
/// </summary>
public static class ReminderSeed
{
    public const long FirstChatId = 3_000_000;
    private const int Chats = 10_000;
    private const int Events = 50;

    public static async Task InsertAsync(string databasePath, int pending, int due, DateTimeOffset dueFrom, TimeSpan spread, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var random = new Random(20260816);
        await using var db = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await db.OpenAsync(ct);
        await using var transaction = db.BeginTransaction();

        await using (var chat = Command(db, "INSERT INTO chats (chat_id, kind, language, is_active, created_at, updated_at) VALUES ($id, 'private', 'vi', 1, $now, $now)"))
        {
            chat.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            var id = chat.Parameters.Add("$id", SqliteType.Integer);
            for (var i = 0; i < Chats; i++)
            {
                id.Value = FirstChatId + i;
                await chat.ExecuteNonQueryAsync(ct);
            }
        }

        await using (var e = Command(db, """
            INSERT INTO reminder_events (event_id, title, starts_on, starts_at, place, place_en, topic_text, offsets, planned_at)
            VALUES ($id, 'Hội nghị tập huấn ' || $id, $day, '08:00', 'Hội trường A, Hà Nội', 'Hall A, Hà Nội', '', '[]', $now)
            """))
        {
            e.Parameters.AddWithValue("$day", now.AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            e.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            var id = e.Parameters.Add("$id", SqliteType.Integer);
            for (var i = 1; i <= Events; i++)
            {
                id.Value = i;
                await e.ExecuteNonQueryAsync(ct);
            }
        }

        await using (var reminder = Command(db, """
            INSERT INTO personal_reminders (chat_id, event_id, due_at, created_at, updated_at) VALUES ($chat, $event, $due, $now, $now)
            """))
        {
            reminder.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            var chat = reminder.Parameters.Add("$chat", SqliteType.Integer);
            var eventId = reminder.Parameters.Add("$event", SqliteType.Integer);
            var dueAt = reminder.Parameters.Add("$due", SqliteType.Integer);
            for (var i = 0; i < pending; i++)
            {
                // Distinct (chat, event, due) triples, as the store's uniqueness wants.
                chat.Value = FirstChatId + i % Chats;
                eventId.Value = 1 + i / Chats % Events;
                dueAt.Value = i < due
                    ? (dueFrom + TimeSpan.FromMilliseconds(spread.TotalMilliseconds * i / due)).ToUnixTimeMilliseconds()
                    : (now + TimeSpan.FromHours(2) + TimeSpan.FromMinutes(random.Next(30 * 24 * 60))).ToUnixTimeMilliseconds() + i % 60;
                await reminder.ExecuteNonQueryAsync(ct);
            }
        }

        await transaction.CommitAsync(ct);
    }

    private static SqliteCommand Command(SqliteConnection db, string sql)
    {
        var command = db.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
