namespace BulletinBot.Features.Events;

/// <summary>How an event came in, as stored in <c>events.origin</c>.</summary>
public static class EventOrigin
{
    public const string Form = "form";
    public const string Article = "article";
}
