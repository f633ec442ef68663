using System.ComponentModel.DataAnnotations;

namespace BulletinBot;

/// <summary>The top of the BulletinBot configuration section: who administers the bot and which clock the office lives by.</summary>
public sealed class BotOptions
{
    public const string Section = "BulletinBot";

    /// <summary>Telegram user ids of the admins.</summary>
    public long[] Admins { get; set; } = [];

    [Required(AllowEmptyStrings = false, ErrorMessage = "BulletinBot:TimeZone must be an IANA time zone, e.g. Asia/Ho_Chi_Minh")]
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    public TimeZoneInfo Zone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public bool HasKnownTimeZone() => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _);
}
