using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BulletinBot.Delivery;

/// <summary>
/// The files of document deliveries, kept as blobs beside their outbox rows. Both ways stream through SQLite's blob I/O,
/// so a file of tens of megabytes never sits whole in memory.
/// </summary>
internal static class DeliveryDocuments
{
    private const string LastDeliveryIdSql = "SELECT last_insert_rowid()";

    private const string InsertSql = """
        INSERT INTO delivery_documents (delivery_id, file_name, size, content) VALUES (@DeliveryId, @FileName, @Size, zeroblob(@Size))
        """;

    /// <summary>Stores the file of the outbox row inserted last on <paramref name="db"/>, in the same transaction.</summary>
    public static async Task AddToLastAsync(IDbConnection db, IDbTransaction transaction, OutgoingDocument document, CancellationToken ct)
    {
        if (db is not SqliteConnection sqlite)
        {
            throw new InvalidOperationException("Documents are stored with SQLite's blob I/O and need a SQLite connection.");
        }

        var deliveryId = await db.ExecuteScalarAsync<long>(new CommandDefinition(LastDeliveryIdSql, transaction: transaction, cancellationToken: ct));
        var content = document.Content;
        var size = content.Length - content.Position;
        var args = new { DeliveryId = deliveryId, document.FileName, Size = size };
        await db.ExecuteAsync(new CommandDefinition(InsertSql, args, transaction, cancellationToken: ct));
        await using var blob = new SqliteBlob(sqlite, "delivery_documents", "content", deliveryId);
        await content.CopyToAsync(blob, ct);
    }

    /// <summary>The file's content, read from the database as it is sent; the stream owns its connection.</summary>
    public static StoredDocument? Open(SqliteConnection db, long deliveryId)
    {
        try
        {
            return new StoredDocument(db, new SqliteBlob(db, "delivery_documents", "content", deliveryId, readOnly: true));
        }
        catch (SqliteException)
        {
            // No row: the file went with its settled delivery (or never was). The caller reports it as a failed send.
            return null;
        }
    }
}
