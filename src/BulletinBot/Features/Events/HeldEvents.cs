namespace BulletinBot.Features.Events;

/// <summary>Which held events to list: up to <paramref name="Today"/>, optionally from a day on, in one province, at most so many.</summary>
/// <param name="CurrentProvince">The province as it is named since the 2025 merger; events placed in any of its former provinces match.</param>
public sealed record HeldEvents(DateOnly Today, DateOnly? Since = null, string? CurrentProvince = null, int? Newest = null);
