namespace BulletinBot.FakeBotApi;

/// <summary>The webhook Telegram would post to, set by setWebhook and removed by deleteWebhook.</summary>
internal sealed class WebhookState
{
    private readonly Lock _gate = new();
    private WebhookRegistration? _current;

    public WebhookRegistration? Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
        set
        {
            lock (_gate)
            {
                _current = value;
            }
        }
    }
}
