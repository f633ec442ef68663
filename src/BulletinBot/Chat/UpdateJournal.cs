using System.Data;
using BulletinBot.Data;
using Dapper;

namespace BulletinBot.Chat;

/// <summary>
/// Remembers which Telegram updates were handled. Telegram redelivers unconfirmed updates after a restart; the
/// journal row is written in the reply's own transaction, so an update has either both or neither.
/// </summary>
public sealed class UpdateJournal(SqliteConnectionFactory connections, TimeProvider time)
{
    // Keeps the table small; Telegram forgets unconfirmed updates after 24 hours, long before 100 000 newer ones arrive.
    private const string RecordSql = """
        INSERT INTO handled_updates (update_id, handled_at) VALUES (@UpdateId, @Now) ON CONFLICT DO NOTHING;
        DELETE FROM handled_updates WHERE update_id < @UpdateId - 100000;
        """;

    public async Task<bool> IsHandledAsync(long updateId, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var sql = new CommandDefinition("SELECT count(*) FROM handled_updates WHERE update_id = @UpdateId", new { UpdateId = updateId }, cancellationToken: ct);
        return await db.ExecuteScalarAsync<long>(sql) > 0;
    }

    public async Task<long?> LastHandledAsync(CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        return await db.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT max(update_id) FROM handled_updates", cancellationToken: ct));
    }

    public Task RecordAsync(IDbConnection db, IDbTransaction transaction, long updateId, CancellationToken ct) =>
        db.ExecuteAsync(new CommandDefinition(RecordSql, new { UpdateId = updateId, Now = time.NowMs() }, transaction, cancellationToken: ct));
}
