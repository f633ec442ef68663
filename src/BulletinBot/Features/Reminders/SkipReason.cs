using System.Globalization;
using BulletinBot.Chat;
using BulletinBot.Scheduling;

namespace BulletinBot.Features.Reminders;

/// <summary>Why a due reminder was not sent, stored as a short code (`late:425`, `started`, `cancelled`) and read in either language.</summary>
public static class SkipReason
{
    public const string Started = "started";

    public const string Cancelled = "cancelled";

    public static string Late(TimeSpan late) => "late:" + ((long)late.TotalMinutes).ToString(CultureInfo.InvariantCulture);

    public static string Describe(string reason, Language language)
    {
        if (reason.StartsWith("late:", StringComparison.Ordinal)
            && long.TryParse(reason.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
        {
            var late = MisfirePolicy.Describe(TimeSpan.FromMinutes(minutes), language == Language.En);
            return language.Pick($"bot không chạy lúc đến giờ (trễ {late}, quá thời gian cho phép)", $"the bot was not running when it was due ({late} late, beyond the grace period)");
        }

        return reason switch
        {
            Started => language.Pick("sự kiện đã bắt đầu", "the event had already started"),
            Cancelled => language.Pick("sự kiện đã bị huỷ", "the event was cancelled"),
            _ => reason,
        };
    }
}
