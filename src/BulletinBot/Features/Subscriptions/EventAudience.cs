using BulletinBot.Articles;

namespace BulletinBot.Features.Subscriptions;

/// <summary>What subscribers' filters are matched against: the event's current province, its region and its words.</summary>
public sealed record EventAudience(string? CurrentProvince, string? Region, IReadOnlySet<string> Words)
{
    /// <param name="text">Title, topics and summary, in any case and with or without diacritics.</param>
    public static EventAudience For(string? currentProvince, string? region, string text) => new(currentProvince, region,
        ProvinceDirectory.Fold(text).Split([' ', ',', '.', ';', ':', '(', ')', '"', '-', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal));
}
