namespace BulletinBot.Features.Events;

/// <summary>One page of a list of events, and how many the whole list holds.</summary>
public sealed record EventPage(IReadOnlyList<EventRecord> Events, int Total);
