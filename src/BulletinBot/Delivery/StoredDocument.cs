using Microsoft.Data.Sqlite;

namespace BulletinBot.Delivery;

/// <summary>A document's content read straight out of the outbox; disposing it closes the connection it reads through.</summary>
internal sealed class StoredDocument(SqliteConnection connection, SqliteBlob blob) : Stream
{
    private bool disposed;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => blob.Length;

    public override long Position
    {
        get => blob.Position;
        set => blob.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => blob.Read(buffer, offset, count);

    public override int Read(Span<byte> buffer) => blob.Read(buffer);

    public override long Seek(long offset, SeekOrigin origin) => blob.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        // Telegram.Bot disposes an uploaded stream after its request, and the worker disposes it again.
        if (disposing && !disposed)
        {
            disposed = true;
            blob.Dispose();
            connection.Dispose();
        }

        base.Dispose(disposing);
    }
}
