using Microsoft.AspNetCore.Routing;

namespace BulletinBot.Http;

/// <summary>A room's routes on the bot's HTTP listener (health and metrics, the Telegram webhook).</summary>
public interface IWebEndpoints
{
    void MapTo(IEndpointRouteBuilder routes);
}
