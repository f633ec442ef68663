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

    /// <summary>
    /// How long a stop (SIGTERM, Ctrl+C) may take: sends already on the wire finish and are recorded within it. The one
    /// shutdown budget; it becomes the host's <c>HostOptions.ShutdownTimeout</c>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "BulletinBot:ShutdownTimeout must be a time span from 00:00:01 to 00:10:00, e.g. 00:00:30")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeZoneInfo Zone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public bool HasKnownTimeZone() => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _);
}
