using System.Globalization;

namespace BulletinBot.Features.Events;

/// <summary>An event's short id as people type it: `17` or `#17`.</summary>
public static class EventId
{
    public static long? Parse(string text)
    {
        var trimmed = text.Trim().TrimStart('#');
        return long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
    }
}
