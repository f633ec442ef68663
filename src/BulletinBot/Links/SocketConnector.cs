using System.Net;

namespace BulletinBot.Links;

/// <summary>Opens the TCP connection to an address the <see cref="ConnectionGuard"/> has allowed.</summary>
/// <remarks>A seam for tests, which must never reach a non-loopback address: theirs records the address and dials loopback.</remarks>
public delegate ValueTask<Stream> SocketConnector(IPEndPoint endPoint, CancellationToken ct);
