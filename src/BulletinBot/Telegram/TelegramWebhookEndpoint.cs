using System.Text.Json;
using BulletinBot.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Polling;
using Telegram.Bot.Serialization;
using Telegram.Bot.Types;

namespace BulletinBot.Telegram;

/// <summary>
/// POST on BulletinBot:Telegram:WebhookPath, in webhook mode: Telegram's updates, each answered 200 only once it is
/// handled and its answer committed with the update's journal row (the path polling takes), so an update lost to a
/// crash is delivered again by Telegram and one delivered twice is answered once. Updates are handled one at a time,
/// in the order they arrive, as the poller does: Telegram posts on up to 40 connections at once, and two updates of
/// one chat (a button pressed twice) must not race.
/// </summary>
public sealed partial class TelegramWebhookEndpoint(
    IOptions<TelegramOptions> options,
    WebhookSecretToken secret,
    TelegramUpdateHandler handler,
    ITelegramBotClient bot,
    WebhookRefusals refusals,
    IHostApplicationLifetime lifetime,
    ILogger<TelegramWebhookEndpoint> logger) : IWebEndpoints, IDisposable
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public void MapTo(IEndpointRouteBuilder routes)
    {
        if (options.Value.UsesWebhook)
        {
            routes.MapPost(options.Value.ServedWebhookPath, ReceiveAsync);
        }
    }

    public void Dispose() => oneAtATime.Dispose();

    private async Task ReceiveAsync(HttpContext context)
    {
        var request = context.Request;
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // Telegram tries again later, when the bot is back.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        if (!await secret.MatchesAsync(request.Headers[SecretHeader], context.RequestAborted))
        {
            refusals.Refused(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            Refuse(context, StatusCodes.Status401Unauthorized);
            return;
        }

        if (request.ContentLength > BotWebServer.MaxRequestBody)
        {
            Refuse(context, StatusCodes.Status413PayloadTooLarge);
            return;
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(request.Body, JsonBotAPI.Options, context.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A body sent without its length, cut off by Kestrel at BotWebServer.MaxRequestBody.
            Refuse(context, StatusCodes.Status413PayloadTooLarge);
            return;
        }
        catch (JsonException)
        {
            update = null;
        }

        if (update is null)
        {
            LogUnreadable(logger);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await HandleAsync(update, context.RequestAborted);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    // The body is left unread, so the connection is closed after the answer rather than kept with it still arriving.
    private static void Refuse(HttpContext context, int statusCode)
    {
        context.Response.StatusCode = statusCode;
        context.Response.Headers.Connection = "close";
    }

    private async Task HandleAsync(Update update, CancellationToken requestAborted)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, lifetime.ApplicationStopping);
        await oneAtATime.WaitAsync(stop.Token);
        try
        {
            await handler.HandleUpdateAsync(bot, update, stop.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // As the poller does with an update whose handling throws (a bug, not the database: that is waited out):
            // log it and let it go, or Telegram would post it again and again.
            await handler.HandleErrorAsync(bot, ex, HandleErrorSource.HandleUpdateError, stop.Token);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A webhook request with the right secret carried no readable update; answered 400")]
    private static partial void LogUnreadable(ILogger logger);
}
