using System.Globalization;
using System.Text.RegularExpressions;
using BulletinBot.Chat;

namespace BulletinBot.Features.Digest;

/// <summary>A day of the week (1 = Monday … 7 = Sunday) and an hour at which a chat gets its weekly digest.</summary>
public sealed partial record DigestSlot(int Weekday, int Hour)
{
    /// <summary>The slot of every chat that chose none: Digest:Cron.</summary>
    public const string Default = "default";

    private static readonly string[] CronDays = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];

    private static readonly string[] NamesVi = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"];

    private static readonly string[] NamesEn = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static bool IsValid(int weekday, int hour) => weekday is >= 1 and <= 7 && hour is >= 0 and <= 23;

    /// <summary>`d1h08`: the slot's name in trigger keys and job data.</summary>
    public string Key => $"d{Weekday.ToString(CultureInfo.InvariantCulture)}h{Hour.ToString("00", CultureInfo.InvariantCulture)}";

    public string Cron => $"0 0 {Hour.ToString(CultureInfo.InvariantCulture)} ? * {CronDays[Weekday - 1]}";

    /// <summary>`Thứ Hai 08:00`.</summary>
    public string Label(Language language) => $"{DayName(Weekday, language)} {Hour.ToString("00", CultureInfo.InvariantCulture)}:00";

    public static string DayName(int weekday, Language language) => language == Language.En ? NamesEn[weekday - 1] : NamesVi[weekday - 1];

    /// <summary>1 = Monday … 7 = Sunday.</summary>
    public static int WeekdayOf(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;

    public static DigestSlot? Parse(string key) =>
        SlotKey().Match(key) is { Success: true } m
        && int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) is var weekday
        && int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) is var hour
        && IsValid(weekday, hour)
            ? new DigestSlot(weekday, hour)
            : null;

    [GeneratedRegex(@"^d(?<d>[1-7])h(?<h>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex SlotKey();
}
