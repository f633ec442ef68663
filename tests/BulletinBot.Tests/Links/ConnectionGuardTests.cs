using System.Net;
using System.Net.Sockets;
using BulletinBot.Links;

namespace BulletinBot.Tests.Links;

/// <summary>
/// The connect decision with a resolver and a connector the tests control: nothing here dials anything but loopback.
/// A "public" host resolves to <see cref="PublicAddress"/>, which is never dialled: the test connector records it and
/// dials the loopback page server instead.
/// </summary>
public sealed class ConnectionGuardTests
{
    private static readonly IPAddress PublicAddress = IPAddress.Parse("93.184.215.14");

    private readonly List<IPEndPoint> dialled = [];
    private readonly List<string> resolved = [];

    [Fact]
    public async Task A_host_resolving_to_a_private_address_is_refused_before_any_connection()
    {
        var guard = new ConnectionGuard(Resolve(("intranet.example", [IPAddress.Parse("10.0.0.5")])), RecordOnly, allowPrivateAddresses: false);

        var refused = await Assert.ThrowsAsync<BlockedAddressException>(() => guard.ConnectAsync(new DnsEndPoint("intranet.example", 80), default).AsTask());

        Assert.Equal(AddressScope.Private, refused.Scope);
        Assert.Empty(dialled);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    [InlineData("[::ffff:127.0.0.1]")]
    [InlineData("[::ffff:7f00:1]")]
    [InlineData("169.254.169.254")]
    [InlineData("0.0.0.0")]
    [InlineData("[64:ff9b::7f00:1]")]
    public async Task A_literal_address_that_is_not_public_is_refused_without_a_lookup(string host)
    {
        var guard = new ConnectionGuard(Resolve(), RecordOnly, allowPrivateAddresses: false);

        await Assert.ThrowsAsync<BlockedAddressException>(() => guard.ConnectAsync(new DnsEndPoint(host, 80), default).AsTask());

        Assert.Empty(resolved);
        Assert.Empty(dialled);
    }

    [Fact]
    public async Task One_private_address_among_public_ones_is_enough_to_refuse_the_host()
    {
        var guard = new ConnectionGuard(
            Resolve(("news.example", [PublicAddress, IPAddress.Parse("192.168.1.10")])), RecordOnly, allowPrivateAddresses: false);

        await Assert.ThrowsAsync<BlockedAddressException>(() => guard.ConnectAsync(new DnsEndPoint("news.example", 443), default).AsTask());

        Assert.Empty(dialled);
    }

    [Fact]
    public async Task A_public_host_is_dialled_at_the_address_that_was_checked_never_by_name()
    {
        var guard = new ConnectionGuard(Resolve(("news.example", [IPAddress.Parse("::ffff:93.184.215.14")])), RecordOnly, false);

        await using var stream = await guard.ConnectAsync(new DnsEndPoint("news.example", 443), default);

        Assert.Equal([new IPEndPoint(PublicAddress, 443)], dialled);
    }

    [Fact]
    public async Task The_next_checked_address_is_tried_when_one_refuses_the_connection()
    {
        var second = IPAddress.Parse("8.8.4.4");
        var guard = new ConnectionGuard(Resolve(("news.example", [PublicAddress, second])), (endPoint, _) =>
        {
            dialled.Add(endPoint);
            return endPoint.Address.Equals(PublicAddress)
                ? throw new SocketException((int)SocketError.ConnectionRefused)
                : ValueTask.FromResult<Stream>(new MemoryStream());
        }, allowPrivateAddresses: false);

        await using var stream = await guard.ConnectAsync(new DnsEndPoint("news.example", 80), default);

        Assert.Equal([PublicAddress, second], dialled.Select(e => e.Address));
    }

    [Fact]
    public async Task An_office_that_allows_private_addresses_reaches_its_intranet()
    {
        var guard = new ConnectionGuard(Resolve(("intranet.example", [IPAddress.Loopback])), RecordOnly, allowPrivateAddresses: true);

        await using var stream = await guard.ConnectAsync(new DnsEndPoint("intranet.example", 8080), default);

        Assert.Equal([new IPEndPoint(IPAddress.Loopback, 8080)], dialled);
    }

    [Theory]
    [InlineData("http://127.0.0.1:{0}/pages/bao-dien-tu.html")]
    [InlineData("http://localhost:{0}/pages/bao-dien-tu.html")]
    [InlineData("http://[::ffff:127.0.0.1]:{0}/pages/bao-dien-tu.html")]
    [InlineData("http://2130706433:{0}/pages/bao-dien-tu.html")]
    [InlineData("http://0x7f000001:{0}/pages/bao-dien-tu.html")]
    [InlineData("http://127.1:{0}/pages/bao-dien-tu.html")]
    public async Task A_chat_link_to_this_machine_is_refused_before_the_server_sees_a_request(string link)
    {
        await using var server = await PageServer.StartAsync();
        await using var host = PageReaderHost.Create();

        var result = await host.Reader.ReadAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, link, server.Port)), LinkPolicy.Chat, default);

        Assert.Equal(LinkFailure.BlockedAddress, result.Failure);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_redirect_to_this_machine_is_refused_under_the_chat_policy()
    {
        await using var server = await PageServer.StartAsync();
        await using var host = PageReaderHost.Create(Resolve(("news.example", [PublicAddress])), DivertTo(server));
        var target = server.Url("/pages/bao-dien-tu.html");

        var result = await host.Reader.ReadAsync(NewsExample(server, $"/redirect?to={Uri.EscapeDataString(target.AbsoluteUri)}"), LinkPolicy.Chat, default);

        Assert.Equal(LinkFailure.BlockedAddress, result.Failure);
        Assert.Single(server.Requests, r => r.StartsWith("/redirect", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Requests, r => r.StartsWith("/pages/", StringComparison.Ordinal));
        Assert.NotEmpty(dialled);
        Assert.All(dialled, e => Assert.Equal(PublicAddress, e.Address));
    }

    [Fact]
    public async Task A_host_that_rebinds_to_this_machine_between_connections_is_refused()
    {
        await using var server = await PageServer.StartAsync();
        var answers = new Queue<IPAddress>([PublicAddress, IPAddress.Loopback]);
        await using var host = PageReaderHost.Create((name, _) =>
        {
            resolved.Add(name);
            return ValueTask.FromResult<IPAddress[]>([answers.Count > 1 ? answers.Dequeue() : answers.Peek()]);
        }, DivertTo(server));
        var sameHost = NewsExample(server, "/pages/bao-dien-tu.html");

        // The server closes the first connection, so the second hop opens a new one and the host is resolved again.
        var result = await host.Reader.ReadAsync(NewsExample(server, $"/redirect?to={Uri.EscapeDataString(sameHost.AbsoluteUri)}"), LinkPolicy.Chat, default);

        Assert.Equal(LinkFailure.BlockedAddress, result.Failure);
        Assert.Equal(2, resolved.Count);
        Assert.DoesNotContain(server.Requests, r => r.StartsWith("/pages/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_intranet_setting_lets_chat_links_reach_private_addresses()
    {
        await using var server = await PageServer.StartAsync();
        await using var host = PageReaderHost.Create(Resolve(("intranet.example", [IPAddress.Loopback])));
        var policy = new LinkOptions { AllowPrivateAddresses = true }.ChatPolicy();

        var result = await host.Reader.ReadAsync(new Uri($"http://intranet.example:{server.Port}/pages/bao-dien-tu.html"), policy, default);

        Assert.NotNull(result.Page);
        Assert.Equal("Thư viện miền Trung học cách số hóa tài liệu quý", result.Page.Title);
    }

    private static Uri NewsExample(PageServer server, string pathAndQuery) => new($"http://news.example:{server.Port}{pathAndQuery}");

    private HostResolver Resolve(params (string Host, IPAddress[] Addresses)[] table) => (host, _) =>
    {
        resolved.Add(host);
        return ValueTask.FromResult(table.FirstOrDefault(t => t.Host == host).Addresses ?? []);
    };

    private ValueTask<Stream> RecordOnly(IPEndPoint endPoint, CancellationToken ct)
    {
        dialled.Add(endPoint);
        return ValueTask.FromResult<Stream>(new MemoryStream());
    }

    /// <summary>Records the address the guard allowed and dials the page server on loopback in its place.</summary>
    private SocketConnector DivertTo(PageServer server) => (endPoint, ct) =>
    {
        dialled.Add(endPoint);
        return ConnectionGuard.DialAsync(new IPEndPoint(IPAddress.Loopback, server.Port), ct);
    };
}
