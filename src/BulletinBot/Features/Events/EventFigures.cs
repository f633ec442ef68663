namespace BulletinBot.Features.Events;

/// <summary>Published events of this month and this year, held (up to today) and coming, and this year's delegates by region.</summary>
public sealed record EventFigures(long HeldThisMonth, long ComingThisMonth, long HeldThisYear, long ComingThisYear, IReadOnlyList<RegionDelegates> Regions);
