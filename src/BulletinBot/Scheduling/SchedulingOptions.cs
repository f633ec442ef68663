namespace BulletinBot.Scheduling;

/// <summary>Where Quartz keeps its triggers.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "BulletinBot:Scheduling";

    /// <summary>
    /// The SQLite file of Quartz's job store. Empty means a file of its own beside the database
    /// (<c>bulletinbot.db</c> → <c>bulletinbot.quartz.db</c>); naming the database itself shares it, which README
    /// measures and advises against.
    /// </summary>
    public string? Path { get; set; }
}
