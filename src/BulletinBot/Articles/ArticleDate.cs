using System.Globalization;

namespace BulletinBot.Articles;

/// <summary>A calendar day whose year may be unknown (`Ngày 16/8` with no year tied to the event).</summary>
public sealed record ArticleDate(int? Year, int Month, int Day)
{
    /// <summary>`yyyy-MM-dd`, or the ISO 8601 year-less form `--MM-dd`.</summary>
    public override string ToString() =>
        Year is { } year
            ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{Month:D2}-{Day:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"--{Month:D2}-{Day:D2}");

    public DateOnly? ToDateOnly() => Year is { } year ? new DateOnly(year, Month, Day) : null;

    /// <summary>Whether the day exists; a year-less 29/2 is allowed because some year has it.</summary>
    public static bool IsValid(int? year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1
        && day <= (year is { } y ? (y is >= 1900 and <= 2100 ? DateTime.DaysInMonth(y, month) : 0) : DateTime.DaysInMonth(2024, month));
}
