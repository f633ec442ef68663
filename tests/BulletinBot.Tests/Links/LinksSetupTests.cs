using BulletinBot.Links;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BulletinBot.Tests.Links;

public sealed class LinksSetupTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("false", false)]
    [InlineData("true", true)]
    public void Chat_links_reach_private_addresses_only_when_the_office_allows_it(string? setting, bool allowed)
    {
        string[] args = setting is null ? [] : [$"--BulletinBot:Articles:AllowPrivateAddresses={setting}"];
        using var host = BotHost.CreateBuilder(args, BotMode.Local).Build();

        var policy = host.Services.GetRequiredService<IOptions<LinkOptions>>().Value.ChatPolicy();

        Assert.Equal(allowed, policy.AllowPrivateAddresses);
        Assert.Equal(TimeSpan.FromSeconds(10), policy.Timeout);
        Assert.Equal(3 * 1024 * 1024, policy.MaxBytes);
        Assert.Equal(5, policy.MaxRedirects);
        Assert.NotNull(host.Services.GetService<ArticlePageReader>());
    }
}
