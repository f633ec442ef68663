using System.Net;
using System.Net.Sockets;

namespace BulletinBot.Links;

/// <summary>Classifies an address by the IANA special-purpose registries, looking through IPv6 forms that carry an IPv4 one.</summary>
/// <remarks>
/// IPv4-mapped (::ffff:a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16) addresses reach the IPv4 address inside them,
/// so they are judged by it: <c>[::ffff:127.0.0.1]</c> is loopback, not public.
/// </remarks>
public static class AddressScopes
{
    public static bool IsPublic(IPAddress address) => Of(address) == AddressScope.Public;

    public static AddressScope Of(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            return OfIPv4(address.MapToIPv4().GetAddressBytes());
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => OfIPv4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => OfIPv6(address.GetAddressBytes()),
            _ => AddressScope.Reserved,
        };
    }

    private static AddressScope OfIPv4(byte[] b) => b switch
    {
        [0, ..] => AddressScope.Unspecified,
        [10, ..] => AddressScope.Private,
        [100, >= 64 and <= 127, ..] => AddressScope.Shared,
        [127, ..] => AddressScope.Loopback,
        [169, 254, ..] => AddressScope.LinkLocal,
        [172, >= 16 and <= 31, ..] => AddressScope.Private,
        [192, 0, 0, _] => AddressScope.Reserved,        // IETF protocol assignments
        [192, 0, 2, _] => AddressScope.Reserved,        // TEST-NET-1
        [192, 88, 99, _] => AddressScope.Reserved,      // deprecated 6to4 relay anycast
        [192, 168, ..] => AddressScope.Private,
        [198, 18 or 19, ..] => AddressScope.Reserved,   // benchmarking
        [198, 51, 100, _] => AddressScope.Reserved,     // TEST-NET-2
        [203, 0, 113, _] => AddressScope.Reserved,      // TEST-NET-3
        [>= 224 and <= 239, ..] => AddressScope.Multicast,
        [>= 240, ..] => AddressScope.Reserved,          // class E and the broadcast address
        _ => AddressScope.Public,
    };

    private static AddressScope OfIPv6(byte[] b)
    {
        if (b.AsSpan(0, 15).IndexOfAnyExcept((byte)0) < 0)
        {
            return b[15] switch
            {
                0 => AddressScope.Unspecified,
                1 => AddressScope.Loopback,
                _ => AddressScope.Reserved,
            };
        }

        return b switch
        {
            [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ..] => AddressScope.Reserved,             // deprecated IPv4-compatible ::a.b.c.d
            [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, ..] => OfIPv4(b[12..]),          // NAT64 well-known prefix
            [0, 0x64, 0xff, 0x9b, 0, 1, ..] => AddressScope.Private,                       // local-use NAT64
            [0x20, 0x02, ..] => OfIPv4(b[2..6]),                                           // 6to4
            [0x20, 0x01, 0x0d, 0xb8, ..] => AddressScope.Reserved,                         // documentation
            [0x20, 0x01, 0, 0, ..] => AddressScope.Reserved,                               // Teredo: its IPv4 is hidden
            [0x01, 0, 0, 0, 0, 0, 0, 0, ..] => AddressScope.Reserved,                      // discard-only
            [>= 0xfc and <= 0xfd, ..] => AddressScope.Private,                             // unique local
            [0xfe, >= 0x80 and <= 0xbf, ..] => AddressScope.LinkLocal,
            [0xfe, >= 0xc0, ..] => AddressScope.Private,                                   // deprecated site-local
            [0xff, ..] => AddressScope.Multicast,
            _ => AddressScope.Public,
        };
    }
}
