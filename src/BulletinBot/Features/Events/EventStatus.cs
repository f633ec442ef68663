namespace BulletinBot.Features.Events;

/// <summary>Where an event stands, as stored in <c>events.status</c>.</summary>
public static class EventStatus
{
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Cancelled = "cancelled";
}
