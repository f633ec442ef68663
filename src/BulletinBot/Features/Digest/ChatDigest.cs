using BulletinBot.Features.Events;

namespace BulletinBot.Features.Digest;

/// <summary>What one chat's digest holds: events of the next 14 days and conferences published in the last 7 that match its filters.</summary>
public sealed record ChatDigest(IReadOnlyList<EventRecord> Upcoming, IReadOnlyList<EventRecord> Recent)
{
    public bool IsEmpty => Upcoming.Count == 0 && Recent.Count == 0;

    /// <summary>Chats with the same events read the same digest; it is written once for all of them.</summary>
    public string Signature => string.Join(',', Upcoming.Select(e => e.Id)) + "|" + string.Join(',', Recent.Select(e => e.Id));
}
