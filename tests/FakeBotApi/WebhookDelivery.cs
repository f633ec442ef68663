namespace BulletinBot.FakeBotApi;

/// <summary>How the bot answered the webhook posts of one delivery round: each post's status code (0: no answer in time).</summary>
public sealed record WebhookDelivery(IReadOnlyList<int> Statuses)
{
    public int Posts => Statuses.Count;

    public int Accepted => Statuses.Count(s => s is >= 200 and < 300);

    public int Refused => Posts - Accepted;
}
