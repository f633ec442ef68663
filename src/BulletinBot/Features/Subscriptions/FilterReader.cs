using BulletinBot.Articles;

namespace BulletinBot.Features.Subscriptions;

/// <summary>
/// Reads what follows /subscribe: `Hà Giang`, `ha giang`, `miền Trung`, `chủ đề quyền trẻ em`, several separated by
/// commas. A name that is no province comes back with the nearest province names.
/// </summary>
public sealed class FilterReader(ProvinceDirectory provinces)
{
    public const int MaxLength = 200;

    private static readonly string[] TopicWords = ["chu de ", "topic ", "chuyen de "];
    private static readonly string[] RegionWords = ["mien ", "region ", "khu vuc "];

    public IReadOnlyList<FilterReading> Read(string args) =>
        [.. args.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ReadOne)];

    public FilterReading ReadOne(string text)
    {
        var folded = ProvinceDirectory.Fold(text).Trim();
        if (StartsWithAny(folded, TopicWords) is { } topicWord)
        {
            var words = text.Trim()[topicWord.Length..].Trim();
            return words.Length > 0 ? new FilterReading(text, SubscriptionFilter.ForTopic(words), []) : new FilterReading(text, null, []);
        }

        var regionText = StartsWithAny(folded, RegionWords) is { } regionWord ? folded[regionWord.Length..].Trim() : folded;
        if (Region(regionText) is { } region)
        {
            return new FilterReading(text, SubscriptionFilter.ForRegion(region), []);
        }

        return provinces.Named(text) is { } place
            ? new FilterReading(text, SubscriptionFilter.ForProvince(place), [])
            : new FilterReading(text, null, provinces.Nearest(text, 3));
    }

    private static string? Region(string folded) => folded switch
    {
        "bac" or "bac bo" or "north" or "northern" => "Bắc",
        "trung" or "trung bo" or "central" or "tay nguyen" => "Trung",
        "nam" or "nam bo" or "south" or "southern" => "Nam",
        _ => null,
    };

    private static string? StartsWithAny(string folded, string[] words) =>
        words.FirstOrDefault(w => folded.StartsWith(w, StringComparison.Ordinal));
}

/// <summary>One filter as typed: what it became, or, when it named nothing, the province names it may have meant.</summary>
public sealed record FilterReading(string Typed, SubscriptionFilter? Filter, IReadOnlyList<string> Nearest);
