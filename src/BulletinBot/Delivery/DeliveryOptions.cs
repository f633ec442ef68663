using System.ComponentModel.DataAnnotations;

namespace BulletinBot.Delivery;

/// <summary>Telegram's sending limits and the engine's retry policy; defaults are Telegram's documented limits.</summary>
public sealed class DeliveryOptions
{
    public const string Section = "BulletinBot:Delivery";

    [Range(1, 1000, ErrorMessage = "BulletinBot:Delivery:GlobalPerSecond must be 1 to 1000 messages a second, e.g. 30")]
    public int GlobalPerSecond { get; set; } = 30;

    [Range(1, 100, ErrorMessage = "BulletinBot:Delivery:PrivateChatPerSecond must be 1 to 100, e.g. 1")]
    public int PrivateChatPerSecond { get; set; } = 1;

    [Range(1, 100, ErrorMessage = "BulletinBot:Delivery:GroupPerSecond must be 1 to 100, e.g. 1")]
    public int GroupPerSecond { get; set; } = 1;

    [Range(1, 600, ErrorMessage = "BulletinBot:Delivery:GroupPerMinute must be 1 to 600, e.g. 20")]
    public int GroupPerMinute { get; set; } = 20;

    /// <summary>Broadcasts pay Telegram Stars to go beyond 30 messages a second (allow_paid_broadcast).</summary>
    public bool PaidBroadcast { get; set; }

    [Range(1, 1000, ErrorMessage = "BulletinBot:Delivery:PaidPerSecond must be 1 to 1000, e.g. 1000")]
    public int PaidPerSecond { get; set; } = 1000;

    /// <summary>Turns every limit off; for measuring the engine itself against a fake Bot API, never for Telegram.</summary>
    public bool Unlimited { get; set; }

    [Range(1, 50, ErrorMessage = "BulletinBot:Delivery:MaxAttempts must be 1 to 50, e.g. 6")]
    public int MaxAttempts { get; set; } = 6;

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "BulletinBot:Delivery:FirstRetryDelay must be a time span such as 00:00:02")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "BulletinBot:Delivery:MaxRetryDelay must be a time span such as 00:10:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    [Range(1, 512, ErrorMessage = "BulletinBot:Delivery:MaxInFlight must be 1 to 512 concurrent sends, e.g. 64")]
    public int MaxInFlight { get; set; } = 64;

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "BulletinBot:Delivery:ProgressInterval must be a time span such as 00:00:03")]
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(3);
}
