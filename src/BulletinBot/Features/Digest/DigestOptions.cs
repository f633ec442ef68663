using System.ComponentModel.DataAnnotations;
using Quartz;

namespace BulletinBot.Features.Digest;

public sealed class DigestOptions
{
    public const string Section = "BulletinBot:Digest";

    /// <summary>When chats that chose no slot of their own get the weekly digest: a Quartz cron expression in the office's zone.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "BulletinBot:Digest:Cron must be a Quartz cron expression, e.g. \"0 0 8 ? * MON\" (Monday 08:00)")]
    public string Cron { get; set; } = "0 0 8 ? * MON";

    /// <summary>A digest due while the bot was down still goes out at start when it is at most this late.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "BulletinBot:Digest:MisfireGrace must be between 00:00:01 and 7.00:00:00, e.g. 06:00:00")]
    public TimeSpan MisfireGrace { get; set; } = TimeSpan.FromHours(6);

    public bool HasValidCron() => CronExpression.TryParse(Cron, out _);
}
