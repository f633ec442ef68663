using System.ComponentModel.DataAnnotations;

namespace BulletinBot.Features.Events;

public sealed class EventsOptions
{
    public const string Section = "BulletinBot:Events";

    /// <summary>
    /// Telegram splits a long paste into several messages; parts arriving within this quiet time are read as one
    /// article.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00", ErrorMessage = "BulletinBot:Events:PasteQuietPeriod must be between 00:00:00.100 and 00:01:00")]
    public TimeSpan PasteQuietPeriod { get; set; } = TimeSpan.FromSeconds(3);
}
