using System.Net;
using BulletinBot.Links;

namespace BulletinBot.Tests.Links;

public sealed class AddressScopesTests
{
    [Theory]
    [InlineData("93.184.215.14", AddressScope.Public)]
    [InlineData("8.8.8.8", AddressScope.Public)]
    [InlineData("172.32.0.1", AddressScope.Public)]            // just past 172.16/12
    [InlineData("100.128.0.1", AddressScope.Public)]           // just past 100.64/10
    [InlineData("127.0.0.1", AddressScope.Loopback)]
    [InlineData("127.45.6.7", AddressScope.Loopback)]
    [InlineData("0.0.0.0", AddressScope.Unspecified)]
    [InlineData("0.1.2.3", AddressScope.Unspecified)]
    [InlineData("10.20.30.40", AddressScope.Private)]
    [InlineData("172.16.0.1", AddressScope.Private)]
    [InlineData("172.31.255.254", AddressScope.Private)]
    [InlineData("192.168.1.1", AddressScope.Private)]
    [InlineData("169.254.169.254", AddressScope.LinkLocal)]    // the cloud metadata service
    [InlineData("100.64.0.1", AddressScope.Shared)]
    [InlineData("100.127.255.254", AddressScope.Shared)]
    [InlineData("224.0.0.251", AddressScope.Multicast)]
    [InlineData("239.255.255.250", AddressScope.Multicast)]
    [InlineData("255.255.255.255", AddressScope.Reserved)]
    [InlineData("240.0.0.1", AddressScope.Reserved)]
    [InlineData("192.0.0.8", AddressScope.Reserved)]
    [InlineData("192.0.2.10", AddressScope.Reserved)]
    [InlineData("198.18.0.1", AddressScope.Reserved)]
    [InlineData("203.0.113.7", AddressScope.Reserved)]
    [InlineData("2001:4860:4860::8888", AddressScope.Public)]
    [InlineData("2606:4700:4700::1111", AddressScope.Public)]
    [InlineData("::", AddressScope.Unspecified)]
    [InlineData("::1", AddressScope.Loopback)]
    [InlineData("::ffff:127.0.0.1", AddressScope.Loopback)]    // IPv4-mapped
    [InlineData("::ffff:10.0.0.1", AddressScope.Private)]
    [InlineData("::ffff:169.254.169.254", AddressScope.LinkLocal)]
    [InlineData("::ffff:8.8.8.8", AddressScope.Public)]
    [InlineData("::7f00:1", AddressScope.Reserved)]            // deprecated IPv4-compatible
    [InlineData("fe80::1", AddressScope.LinkLocal)]
    [InlineData("febf::1", AddressScope.LinkLocal)]
    [InlineData("fec0::1", AddressScope.Private)]              // deprecated site-local
    [InlineData("fc00::1", AddressScope.Private)]
    [InlineData("fd12:3456:789a::1", AddressScope.Private)]
    [InlineData("ff02::1", AddressScope.Multicast)]
    [InlineData("64:ff9b::7f00:1", AddressScope.Loopback)]     // NAT64 of 127.0.0.1
    [InlineData("64:ff9b::a9fe:a9fe", AddressScope.LinkLocal)] // NAT64 of 169.254.169.254
    [InlineData("64:ff9b::c0a8:101", AddressScope.Private)]    // NAT64 of 192.168.1.1
    [InlineData("64:ff9b::808:808", AddressScope.Public)]      // NAT64 of 8.8.8.8
    [InlineData("64:ff9b:1::a00:1", AddressScope.Private)]     // local-use NAT64
    [InlineData("2002:7f00:1::1", AddressScope.Loopback)]      // 6to4 of 127.0.0.1
    [InlineData("2002:c0a8:101::1", AddressScope.Private)]     // 6to4 of 192.168.1.1
    [InlineData("2002:808:808::1", AddressScope.Public)]       // 6to4 of 8.8.8.8
    [InlineData("2001:db8::1", AddressScope.Reserved)]         // documentation
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2", AddressScope.Reserved)] // Teredo hides its IPv4
    public void Each_address_is_classified_by_where_it_leads(string address, AddressScope expected)
    {
        var ip = IPAddress.Parse(address);

        Assert.Equal(expected, AddressScopes.Of(ip));
        Assert.Equal(expected == AddressScope.Public, AddressScopes.IsPublic(ip));
    }
}
