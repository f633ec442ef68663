namespace BulletinBot.Features.Events;

/// <summary>An event as stored: its fields, where it stands, who posted it.</summary>
public sealed record EventRecord(long Id, string Status, EventFields Fields, long AuthorUserId, long AuthorChatId, int Revision, string Origin)
{
    public bool IsDraft => Status == EventStatus.Draft;

    public bool IsPublished => Status == EventStatus.Published;

    public bool IsCancelled => Status == EventStatus.Cancelled;
}
