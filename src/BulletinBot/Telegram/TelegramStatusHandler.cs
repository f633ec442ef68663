namespace BulletinBot.Telegram;

/// <summary>Sits under the Telegram.Bot client and tells <see cref="TelegramStatus"/> how Telegram answered each call.</summary>
public sealed class TelegramStatusHandler(TelegramStatus status, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var askedAt = time.GetUtcNow();
        var response = await base.SendAsync(request, cancellationToken);
        // Requests go to /bot{token}/{method}; only the method is kept.
        var path = request.RequestUri?.AbsolutePath ?? "";
        status.RecordAnswer(path[(path.LastIndexOf('/') + 1)..], (int)response.StatusCode, askedAt);
        return response;
    }
}
