using System.ComponentModel.DataAnnotations;

namespace BulletinBot.Features.Reminders;

public sealed class RemindersOptions
{
    public const string Section = "BulletinBot:Reminders";

    private static readonly TimeSpan[] Defaults = [TimeSpan.FromDays(1), TimeSpan.FromHours(1)];

    /// <summary>How long before an event with a time its subscribers are reminded; none configured means 1 day and 1 hour.</summary>
    public TimeSpan[] Offsets { get; set; } = [];

    /// <summary>The hour, on the day before, at which an event known only by its day is reminded.</summary>
    public TimeOnly DateOnlyHour { get; set; } = new(8, 0);

    /// <summary>A reminder due while the bot was down is still sent at start when it is at most this late.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "BulletinBot:Reminders:MisfireGrace must be between 00:00:01 and 7.00:00:00, e.g. 06:00:00")]
    public TimeSpan MisfireGrace { get; set; } = TimeSpan.FromHours(6);

    /// <summary>The offsets in force, longest first, each once.</summary>
    public IReadOnlyList<TimeSpan> DefaultOffsets => ReminderOffsets.Tidy(Offsets.Length > 0 ? Offsets : Defaults);

    public bool HasValidOffsets() => Offsets.All(ReminderOffsets.IsUsable);
}
