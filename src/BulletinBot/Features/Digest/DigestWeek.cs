using System.Globalization;
using BulletinBot.Chat;

namespace BulletinBot.Features.Digest;

/// <summary>The ISO week a digest belongs to, in the office's zone: `2026-W33`, the week part of its outbox key.</summary>
public static class DigestWeek
{
    public static string Of(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var day = ZonedTime.Local(instant, zone);
        return $"{ISOWeek.GetYear(day).ToString(CultureInfo.InvariantCulture)}-W{ISOWeek.GetWeekOfYear(day).ToString("00", CultureInfo.InvariantCulture)}";
    }

    /// <summary>`digest:&lt;chat&gt;:&lt;week&gt;`: one digest per chat and week, whoever or whatever sends it.</summary>
    public static string Key(long chatId, string week) => $"digest:{chatId.ToString(CultureInfo.InvariantCulture)}:{week}";

    /// <summary>Every digest key of one week, for the outbox's tally (its `*` matches any chat).</summary>
    public static string KeysOf(string week) => "digest:*:" + week;
}
