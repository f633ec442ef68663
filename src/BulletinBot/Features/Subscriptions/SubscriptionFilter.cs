using BulletinBot.Articles;

namespace BulletinBot.Features.Subscriptions;

/// <summary>
/// One thing a chat asked to hear about: a province (by its current unit, so a former name keeps working), a region,
/// or topic words. <see cref="Key"/> is what is stored and matched; <see cref="Label"/> is what the subscriber typed.
/// </summary>
public sealed record SubscriptionFilter(string Key, string Label)
{
    public const string Everything = "";
    public const string ProvincePrefix = "province:";
    public const string RegionPrefix = "region:";
    public const string TopicPrefix = "topic:";

    public static SubscriptionFilter ForProvince(ProvincePlace place) =>
        new(ProvincePrefix + place.CurrentName, place.Name == place.CurrentName ? place.Name : $"{place.Name} → {place.CurrentName}");

    public static SubscriptionFilter ForRegion(string region) => new(RegionPrefix + region, "miền " + region);

    public static SubscriptionFilter ForTopic(string words) => new(TopicPrefix + ProvinceDirectory.Fold(words).Trim(), words.Trim());

    public bool IsTopic => Key.StartsWith(TopicPrefix, StringComparison.Ordinal);

    /// <summary>The folded words of a topic filter, all of which an event must mention.</summary>
    public IReadOnlyList<string> TopicWords =>
        IsTopic ? Key[TopicPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
}
