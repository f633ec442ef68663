using System.ComponentModel.DataAnnotations;

namespace BulletinBot.Data;

public sealed class DatabaseOptions
{
    public const string Section = "BulletinBot:Database";

    [Required(AllowEmptyStrings = false, ErrorMessage = "BulletinBot:Database:Path must name a file, e.g. data/bulletinbot.db")]
    public string Path { get; set; } = "data/bulletinbot.db";
}
