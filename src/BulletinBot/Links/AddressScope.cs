namespace BulletinBot.Links;

/// <summary>Where an IP address leads; only <see cref="Public"/> is fetched for a link sent in chat.</summary>
public enum AddressScope
{
    Public,

    /// <summary>0.0.0.0, :: and the rest of 0.0.0.0/8: "this host" to most stacks.</summary>
    Unspecified,

    Loopback,

    /// <summary>RFC 1918, IPv6 unique-local and site-local, local-use NAT64.</summary>
    Private,

    LinkLocal,

    /// <summary>100.64.0.0/10, the carrier-grade NAT range shared by a provider's customers.</summary>
    Shared,

    Multicast,

    /// <summary>Ranges that are not globally reachable: documentation, benchmarking, IETF protocol assignments, class E.</summary>
    Reserved,
}
