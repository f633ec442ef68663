using System.Net;

namespace BulletinBot.Links;

/// <summary>A link led to an address the policy refuses (loopback, private, link-local…), directly or through a redirect.</summary>
public sealed class BlockedAddressException(string host, IPAddress address, AddressScope scope)
    : Exception($"{host} resolves to {address}, a {scope} address; links sent in chat may only lead to public addresses.")
{
    public string Host { get; } = host;

    public IPAddress Address { get; } = address;

    public AddressScope Scope { get; } = scope;
}
