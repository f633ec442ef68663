using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BulletinBot.FakeBotApi;

/// <summary>
/// A Telegram Bot API on 127.0.0.1 for the real Telegram.Bot client: records every call, queues updates for
/// getUpdates, injects failures and, when asked, enforces Telegram's flood limits.
/// </summary>
public sealed class FakeBotApiServer : IAsyncDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping;
    private readonly FakeBotApiOptions _options;
    private readonly CallLog _log = new();
    private readonly FailurePlan _failures = new();
    private readonly MessageIds _messageIds = new();
    private readonly GroupMembers _members = new();
    private readonly StoredFiles _files = new();
    private readonly UpdateQueue _updates;
    private readonly WebhookState _webhook = new();
    private readonly WebhookPoster _poster;
    private int _disposed;

    private FakeBotApiServer(WebApplication app, CancellationTokenSource stopping, FakeBotApiOptions options)
    {
        _app = app;
        _stopping = stopping;
        _options = options;
        _updates = new UpdateQueue(options.FirstUpdateId);
        var limiter = options.Limits is { } limits ? new TelegramRateLimiter(limits, options.TimeProvider) : null;
        var methods = new BotMethods(options, _messageIds, _updates, _members, _files, _webhook, stopping.Token);
        _poster = new WebhookPoster(_updates, _webhook);
        var endpoint = new BotApiEndpoint(methods, _log, _failures, limiter, options.TimeProvider, options.EchoPathInErrors, stopping.Token);
        app.Run(context => context.Request.Path.StartsWithSegments("/file", out var rest)
            ? ServeFileAsync(context, rest.Value ?? "")
            : endpoint.HandleAsync(context));
    }

    /// <summary>Scheme and authority only, e.g. http://127.0.0.1:41234/ — the client drops any path anyway.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<RecordedCall> Calls => _log.Calls;

    /// <summary>Successful sendMessage calls, in the order they were answered.</summary>
    public IReadOnlyList<SentMessage> SentMessages => _log.SentMessages;

    public IReadOnlyList<EditedMessage> EditedMessages => _log.EditedMessages;

    /// <summary>Successful sendDocument calls with the files as uploaded, in the order they were answered.</summary>
    public IReadOnlyList<SentDocument> SentDocuments => _log.SentDocuments;

    /// <summary>Successful sendMessage calls whose (chat_id, text) had already been sent successfully.</summary>
    public int DuplicateCount => _log.DuplicateCount;

    /// <summary>Every 429 answered, injected or from <see cref="FakeBotApiOptions.Limits"/>.</summary>
    public int TooManyRequestsCount => _log.TooManyRequestsCount;

    public IReadOnlyDictionary<long, int> SentCountByChat => _log.SentCountByChat;

    public int DistinctChatsReached => _log.SentCountByChat.Count;

    /// <summary>Updates queued and not yet confirmed by a getUpdates offset.</summary>
    public int PendingUpdates => _updates.Count;

    public static async Task<FakeBotApiServer> StartAsync(FakeBotApiOptions? options = null, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;

            // Telegram takes files of up to 50 MB from a bot; a larger upload is refused with 413 as it would be there.
            kestrel.Limits.MaxRequestBodySize = 52L * 1024 * 1024;
            kestrel.Listen(IPAddress.Loopback, 0);
        });

        var stopping = new CancellationTokenSource();
        var server = new FakeBotApiServer(builder.Build(), stopping, options ?? new FakeBotApiOptions());
        try
        {
            await server._app.StartAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var addresses = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        server.BaseUrl = new Uri(addresses.Addresses.Single());
        return server;
    }

    /// <returns>The update id.</returns>
    public long EnqueueMessage(
        long chatId, long fromUserId, string text, string chatType = "private", string? languageCode = null, string? firstName = null, string? username = null)
    {
        var message = new IncomingMessage(chatId, _messageIds.Next(chatId), fromUserId, text, chatType, languageCode, firstName, username);
        var date = _options.TimeProvider.GetUtcNow().ToUnixTimeSeconds();
        return _updates.Enqueue(updateId => UpdateJson.Message(updateId, message, date));
    }

    /// <returns>The update id; the callback query's id is "cb" followed by it.</returns>
    public long EnqueueCallback(long chatId, long fromUserId, int messageId, string data, string chatType = "private")
    {
        var bot = new BotIdentity(0, _options.BotUsername);
        var date = _options.TimeProvider.GetUtcNow().ToUnixTimeSeconds();
        return _updates.Enqueue(updateId => UpdateJson.Callback(updateId, chatId, fromUserId, messageId, data, chatType, bot, date));
    }

    // Telegram's download address: /file/bot{token}/{file_path}.
    private async Task ServeFileAsync(Microsoft.AspNetCore.Http.HttpContext context, string rest)
    {
        var slash = rest.IndexOf('/', 1);
        if (slash < 0 || _files.Content(rest[(slash + 1)..]) is not { } content)
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = "application/octet-stream";
        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Makes <paramref name="userId"/> an administrator ("administrator") or the owner ("creator") of a group.</summary>
    public void SetGroupMember(long chatId, long userId, string status = "administrator") => _members.Set(chatId, userId, status);

    /// <summary>Queues a message carrying a file, as a person sending a document; returns the update id.</summary>
    public long EnqueueDocument(long chatId, long fromUserId, string fileName, byte[] content, string? caption = null, string mimeType = "text/plain")
    {
        var fileId = _files.Add(fileName, content);
        var messageId = _messageIds.Next(chatId);
        var date = _options.TimeProvider.GetUtcNow().ToUnixTimeSeconds();
        return _updates.Enqueue(updateId => UpdateJson.Document(updateId, chatId, fromUserId, messageId, date, fileId, fileName, mimeType, content.LongLength, caption));
    }

    /// <summary>Queues any update object; its update_id, if any, is replaced by the next one in sequence.</summary>
    public long EnqueueRaw(string updateJson) => _updates.Enqueue(updateId => UpdateJson.Raw(updateId, updateJson));

    /// <summary>Recorded calls of a method, failed ones included.</summary>
    public int Count(string method) => _log.Count(method);

    /// <summary>Requests of a method that have arrived, including those still waiting out a planned delay.</summary>
    public int CountArrived(string method) => _log.CountArrived(method);

    /// <summary>Waits until <paramref name="count"/> sent messages match; returns every match seen by then.</summary>
    public Task<IReadOnlyList<SentMessage>> WaitForMessagesAsync(Func<SentMessage, bool> match, int count = 1, TimeSpan? timeout = null) =>
        _log.WaitForMessagesAsync(match, count, timeout ?? DefaultWait);

    /// <summary>Waits until <paramref name="count"/> sent documents match; returns every match seen by then.</summary>
    public Task<IReadOnlyList<SentDocument>> WaitForDocumentsAsync(Func<SentDocument, bool> match, int count = 1, TimeSpan? timeout = null) =>
        _log.WaitForDocumentsAsync(match, count, timeout ?? DefaultWait);

    public Task WaitForCallAsync(string method, Func<RecordedCall, bool>? match = null, TimeSpan? timeout = null) =>
        _log.WaitForCallAsync(method, match, timeout ?? DefaultWait);

    /// <summary>Completes once a getUpdates long poll is parked waiting for an update (e.g. the bot started polling).</summary>
    public Task WaitForLongPollAsync(TimeSpan? timeout = null) => _updates.WaitForParkedPollerAsync(timeout ?? DefaultWait);

    /// <summary>The bot's last setWebhook, or null (never set, or deleted).</summary>
    public WebhookRegistration? Webhook => _webhook.Current;

    /// <summary>Waits for the bot's setWebhook to be accepted and returns what it asked for.</summary>
    public async Task<WebhookRegistration> WaitForWebhookAsync(TimeSpan? timeout = null)
    {
        await _log.WaitForCallAsync("setWebhook", c => c.StatusCode == 200, timeout ?? DefaultWait).ConfigureAwait(false);
        return _webhook.Current ?? throw new InvalidOperationException("setWebhook was answered, then the webhook was deleted.");
    }

    /// <summary>
    /// Posts every queued update to <paramref name="target"/> (the bot's listener, as the reverse proxy behind the
    /// webhook's https address would) until each is answered 2xx, on up to <paramref name="connections"/> connections at
    /// once as Telegram does (its max_connections defaults to 40); a post unanswered within
    /// <paramref name="answerWithin"/> counts as lost and is posted again.
    /// </summary>
    public Task<WebhookDelivery> DeliverToWebhookAsync(Uri target, int connections = 40, TimeSpan? answerWithin = null, TimeSpan? overall = null) =>
        _poster.DeliverAsync(target, connections, answerWithin ?? TimeSpan.FromSeconds(30), overall ?? TimeSpan.FromSeconds(60), _stopping.Token);

    /// <summary>Posts one update (queued before, delivered or not) with the given secret, or none; returns the status code.</summary>
    public Task<int> PostToWebhookAsync(Uri target, long updateId, string? secret) =>
        _poster.PostAsync(target, _updates.JsonOf(updateId), secret, TimeSpan.FromSeconds(30), _stopping.Token);

    /// <summary>Posts any bytes with the registered secret (a body too large, not JSON); returns the status code.</summary>
    public Task<int> PostRawToWebhookAsync(Uri target, byte[] body) =>
        _poster.PostAsync(target, body, _webhook.Current?.SecretToken, TimeSpan.FromSeconds(30), _stopping.Token);

    /// <summary>Fails the next <paramref name="times"/> calls of a method, optionally only those about one chat.</summary>
    public void FailNext(string method, FakeFailure failure, long? chatId = null, int times = 1) =>
        _failures.FailNext(method, failure, chatId, times);

    /// <summary>Fails every call of every method, getUpdates included, until <see cref="StopFailingEverything"/>.</summary>
    public void FailEverything(FakeFailure failure) => _failures.FailEverything(failure);

    public void StopFailingEverything() => _failures.FailEverything(null);

    /// <summary>Fails every call whose chat_id is <paramref name="chatId"/>, e.g. a user who blocked the bot.</summary>
    public void AlwaysFail(long chatId, FakeFailure failure) => _failures.AlwaysFail(chatId, failure);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            await _app.StopAsync(grace.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _poster.Dispose();
        _stopping.Dispose();
    }
}
