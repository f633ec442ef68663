using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BulletinBot.Tests.Links;

/// <summary>
/// Answers one request on 127.0.0.1 with a 50 MB page, written on a bare socket so that the count of bytes sent is the
/// count the kernel accepted: Kestrel silently drops writes once the client has gone, which would count them as sent.
/// </summary>
public sealed class HugeBodyServer : IAsyncDisposable
{
    public const long BodyBytes = 50L * 1024 * 1024;

    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task serving;
    private long bytesSent;

    /// <param name="declareLength">Send Content-Length: 50 MB; otherwise the body simply runs until the connection closes.</param>
    public HugeBodyServer(bool declareLength)
    {
        listener.Start();
        serving = ServeAsync(declareLength, stopping.Token);
    }

    public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/bao-cao.html");

    /// <summary>Body bytes the kernel accepted before the reader hung up.</summary>
    public long BytesSent => Interlocked.Read(ref bytesSent);

    public bool SentWholeBody { get; private set; }

    /// <summary>Waits until the server has stopped writing, the whole body sent or the connection cut.</summary>
    public Task Finished => serving;

    private async Task ServeAsync(bool declareLength, CancellationToken ct)
    {
        using var client = await listener.AcceptTcpClientAsync(ct);
        var stream = client.GetStream();
        await ReadRequestHeadAsync(stream, ct);
        var head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n"
            + (declareLength ? $"Content-Length: {BodyBytes}\r\n" : "") + "\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), ct);
        var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>Hội nghị tập huấn.</p>\n", 2048)));
        try
        {
            for (long sent = 0; sent < BodyBytes; sent += chunk.Length)
            {
                var size = (int)Math.Min(chunk.Length, BodyBytes - sent);
                await stream.WriteAsync(chunk.AsMemory(0, size), ct);
                Interlocked.Add(ref bytesSent, size);
            }

            SentWholeBody = true;
        }
        catch (IOException)
        {
            // The reader closed the connection: the rest is never sent.
        }
    }

    private static async Task ReadRequestHeadAsync(NetworkStream stream, CancellationToken ct)
    {
        var received = new List<byte>();
        var buffer = new byte[1024];
        while (!received.TakeLast(4).SequenceEqual("\r\n\r\n"u8.ToArray()))
        {
            var read = await stream.ReadAsync(buffer, ct);
            if (read == 0)
            {
                return;
            }

            received.AddRange(buffer.AsSpan(0, read));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        try
        {
            await serving;
        }
        catch (OperationCanceledException)
        {
            // Stopped before a request came.
        }

        listener.Stop();
        listener.Dispose();
        stopping.Dispose();
    }
}
