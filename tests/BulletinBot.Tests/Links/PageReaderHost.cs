using BulletinBot.Links;
using Microsoft.Extensions.DependencyInjection;

namespace BulletinBot.Tests.Links;

/// <summary>
/// The reader as the bot registers it (<see cref="LinksSetup.AddArticlePageReader"/>), with the host resolver and the socket
/// connector replaceable so that tests decide what a name resolves to and where a connection really goes.
/// </summary>
public sealed class PageReaderHost : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private PageReaderHost(ServiceProvider provider)
    {
        this.provider = provider;
        Reader = provider.GetRequiredService<ArticlePageReader>();
    }

    public ArticlePageReader Reader { get; }

    public static PageReaderHost Create(HostResolver? resolve = null, SocketConnector? connect = null)
    {
        var services = new ServiceCollection();
        if (resolve is not null)
        {
            services.AddSingleton(resolve);
        }

        if (connect is not null)
        {
            services.AddSingleton(connect);
        }

        services.AddArticlePageReader();
        return new PageReaderHost(services.BuildServiceProvider());
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
