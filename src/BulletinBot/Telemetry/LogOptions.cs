namespace BulletinBot.Telemetry;

/// <summary>How the console logs look: text for a person (and journald), json for a log collector.</summary>
public sealed class LogOptions
{
    public const string Section = "BulletinBot:Logging";
    public const string Text = "text";
    public const string Json = "json";

    public string Format { get; set; } = Text;

    public bool HasKnownFormat() => Format.Equals(Text, StringComparison.OrdinalIgnoreCase) || Format.Equals(Json, StringComparison.OrdinalIgnoreCase);
}
