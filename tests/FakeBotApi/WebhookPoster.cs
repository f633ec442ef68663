using System.Collections.Concurrent;
using System.Net.Http.Headers;

namespace BulletinBot.FakeBotApi;

/// <summary>
/// Posts queued updates to the bot's webhook as Telegram does: JSON bodies with the registered secret in
/// X-Telegram-Bot-Api-Secret-Token, several connections at once, and an update confirmed only by a 2xx answer;
/// anything else, or no answer in time, and it is posted again after a pause. The target is the bot's own loopback
/// listener, standing in for the reverse proxy that Telegram's https address leads to.
/// </summary>
internal sealed class WebhookPoster(UpdateQueue updates, WebhookState webhook) : IDisposable
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(200);

    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public async Task<WebhookDelivery> DeliverAsync(Uri target, int connections, TimeSpan answerWithin, TimeSpan overall, CancellationToken ct)
    {
        var secret = webhook.Current?.SecretToken ?? throw new InvalidOperationException("No webhook is set: the bot has not called setWebhook with a secret.");
        var statuses = new ConcurrentQueue<int>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(overall);
        while (updates.Pending() is { Count: > 0 } pending)
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = connections, CancellationToken = deadline.Token };
            await Parallel.ForEachAsync(pending, options, async (update, token) =>
            {
                var status = await PostAsync(target, update.Json, secret, answerWithin, token).ConfigureAwait(false);
                statuses.Enqueue(status);
                if (status is >= 200 and < 300)
                {
                    updates.ConfirmOne(update.Id);
                }
            }).ConfigureAwait(false);

            if (updates.Pending().Count > 0)
            {
                await Task.Delay(RetryPause, deadline.Token).ConfigureAwait(false);
            }
        }

        return new WebhookDelivery([.. statuses]);
    }

    /// <returns>The status code, or 0 when the bot did not answer within <paramref name="answerWithin"/>.</returns>
    public async Task<int> PostAsync(Uri target, byte[] json, string? secret, TimeSpan answerWithin, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(json) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (secret is not null)
        {
            request.Headers.Add(SecretHeader, secret);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(answerWithin);
        try
        {
            using var response = await _http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            return (int)response.StatusCode;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return 0;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    public void Dispose() => _http.Dispose();
}
