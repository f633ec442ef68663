using System.Globalization;
using System.Text.Json;
using BulletinBot.Chat;

namespace BulletinBot.Features.Reminders;

/// <summary>How long before an event a reminder goes: as stored (JSON seconds), as a key part (`1d`, `1h30m`) and as read (`1 ngày`).</summary>
public static class ReminderOffsets
{
    /// <summary>The key part of the reminder of an event known only by its day, sent the day before.</summary>
    public const string DayBefore = "eve";

    /// <summary>What the card offers to tick, besides the configured ones.</summary>
    public static IReadOnlyList<TimeSpan> Choices { get; } = [TimeSpan.FromDays(1), TimeSpan.FromHours(3), TimeSpan.FromHours(1), TimeSpan.FromMinutes(30)];

    public static bool IsUsable(TimeSpan offset) => offset > TimeSpan.Zero && offset <= TimeSpan.FromDays(30);

    public static IReadOnlyList<TimeSpan> Tidy(IEnumerable<TimeSpan> offsets) =>
        [.. offsets.Where(IsUsable).Select(o => TimeSpan.FromSeconds(Math.Round(o.TotalSeconds))).Distinct().OrderDescending()];

    public static string Write(IEnumerable<TimeSpan> offsets) =>
        JsonSerializer.Serialize(offsets.Select(o => (long)o.TotalSeconds));

    public static IReadOnlyList<TimeSpan> Read(string json) =>
        Tidy(JsonSerializer.Deserialize<long[]>(json)?.Select(s => TimeSpan.FromSeconds(s)) ?? []);

    /// <summary>`1d`, `1h`, `1h30m`, `59m50s`: the offset's part of an outbox key.</summary>
    public static string Key(TimeSpan offset)
    {
        var parts = new List<string>();
        Add(parts, offset.Days, "d");
        Add(parts, offset.Hours, "h");
        Add(parts, offset.Minutes, "m");
        Add(parts, offset.Seconds, "s");
        return string.Concat(parts);
    }

    /// <summary>`1 ngày`, `1 giờ 30 phút` / `1 day`, `1 h 30 min`.</summary>
    public static string Label(TimeSpan offset, Language language)
    {
        var parts = new List<string>();
        if (offset.Days > 0)
        {
            parts.Add(offset.Days + language.Pick(" ngày", offset.Days == 1 ? " day" : " days"));
        }

        if (offset.Hours > 0)
        {
            parts.Add(offset.Hours + language.Pick(" giờ", offset.Hours == 1 ? " hour" : " hours"));
        }

        if (offset.Minutes > 0 || parts.Count == 0)
        {
            parts.Add(Math.Max(offset.Minutes, offset.Seconds > 0 && parts.Count == 0 ? 1 : 0) + language.Pick(" phút", " min"));
        }

        return string.Join(" ", parts);
    }

    /// <summary>`trước 1 ngày và 1 giờ` / `1 day and 1 hour before`, or that there are none.</summary>
    public static string Describe(IReadOnlyList<TimeSpan> offsets, Language language) => offsets.Count == 0
        ? language.Pick("không nhắc", "no reminders")
        : language.Pick("trước ", "") + string.Join(language.Pick(" và ", " and "), offsets.Select(o => Label(o, language))) + language.Pick("", " before");

    private static void Add(List<string> parts, int value, string unit)
    {
        if (value > 0)
        {
            parts.Add(value.ToString(CultureInfo.InvariantCulture) + unit);
        }
    }
}
