using Microsoft.Extensions.Options;

namespace BulletinBot.Features.EventQueries;

/// <summary>The office's clock: what "today" and "this month" mean for lists, in the configured time zone.</summary>
public sealed class OfficeDay(IOptions<BotOptions> options, TimeProvider time)
{
    public string TimeZoneId => options.Value.TimeZone;

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), options.Value.Zone());

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);
}
