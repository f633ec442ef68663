using System.Globalization;
using BulletinBot.Chat;
using Microsoft.Extensions.Options;
using Quartz;

namespace BulletinBot.Features.Digest;

/// <summary>When a chat's digest comes, in words: its own slot, the common Digest:Cron slot, or off.</summary>
public sealed class DigestTimes(IOptions<DigestOptions> options, IOptions<BotOptions> bot, TimeProvider time)
{
    public string Describe(ChatDigestChoice choice, Language language) => choice switch
    {
        { Off: true } => language.Pick("tắt", "off"),
        { Slot: { } slot } => slot.Label(language),
        _ => Common(language) + language.Pick(" (lịch chung)", " (common time)"),
    };

    /// <summary>The common slot's next firing as a weekday and time, whatever cron expression names it.</summary>
    public string Common(Language language)
    {
        var zone = bot.Value.Zone();
        if (!CronExpression.TryParse(options.Value.Cron, out var cron) || cron is null
            || cron.WithTimeZone(zone).GetNextValidTimeAfter(time.GetUtcNow()) is not { } next)
        {
            return options.Value.Cron;
        }

        var local = ZonedTime.Local(next, zone);
        return DigestSlot.DayName(DigestSlot.WeekdayOf(local.DayOfWeek), language) + " " + local.ToString("HH:mm", CultureInfo.InvariantCulture);
    }
}
