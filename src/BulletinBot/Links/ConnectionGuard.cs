using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace BulletinBot.Links;

/// <summary>
/// Decides, for every connection the page fetcher opens (each redirect hop included), which address it may dial, and dials it.
/// </summary>
/// <remarks>
/// It runs as <see cref="SocketsHttpHandler.ConnectCallback"/>, so the address checked is the address connected to: a host
/// that resolves to a public address for a first look and to 127.0.0.1 for the connection (DNS rebinding) gets nowhere.
/// Every address a host resolves to must be public, not just the first.
/// </remarks>
public sealed class ConnectionGuard(HostResolver resolve, SocketConnector connect, bool allowPrivateAddresses)
{
    public async ValueTask<Stream> ConnectAsync(DnsEndPoint target, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        var addresses = await PermittedAddressesAsync(target.Host, ct).ConfigureAwait(false);
        SocketException? last = null;
        foreach (var address in addresses)
        {
            try
            {
                return await connect(new IPEndPoint(address, target.Port), ct).ConfigureAwait(false);
            }
            catch (SocketException ex)
            {
                last = ex;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }

    /// <summary>The addresses <paramref name="host"/> may be reached at, in the resolver's order; throws if any is refused.</summary>
    public async ValueTask<IPAddress[]> PermittedAddressesAsync(string host, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(host);
        var literal = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        var addresses = IPAddress.TryParse(literal, out var ip) ? [ip] : await resolve(host, ct).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        var dialable = new IPAddress[addresses.Length];
        for (var i = 0; i < addresses.Length; i++)
        {
            var address = addresses[i].IsIPv4MappedToIPv6 ? addresses[i].MapToIPv4() : addresses[i];
            if (!allowPrivateAddresses && AddressScopes.Of(address) is var scope and not AddressScope.Public)
            {
                throw new BlockedAddressException(host, address, scope);
            }

            dialable[i] = address;
        }

        return dialable;
    }

    /// <summary>The real dial: a TCP socket to the checked address, never to the host name.</summary>
    public static async ValueTask<Stream> DialAsync(IPEndPoint endPoint, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endPoint, ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
