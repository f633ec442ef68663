using System.ComponentModel.DataAnnotations;

namespace BulletinBot.Data;

public sealed class DatabaseOptions
{
    public const string Section = "BulletinBot:Database";

    [Required(AllowEmptyStrings = false, ErrorMessage = "BulletinBot:Database:Path must name a file, e.g. data/bulletinbot.db")]
    public string Path { get; set; } = "data/bulletinbot.db";

    /// <summary>How long one statement waits for another connection's lock before it fails and is tried again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "BulletinBot:Database:BusyTimeout must be a time span from 00:00:01 to 00:10:00, e.g. 00:00:30")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
