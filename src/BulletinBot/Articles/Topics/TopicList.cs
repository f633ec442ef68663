namespace BulletinBot.Articles.Topics;

/// <summary>The topics an article names, and how many it says there were when it counts more than it names.</summary>
/// <param name="Items">The topics, as the card lists them.</param>
/// <param name="StatedCount">`gồm 6 chuyên đề` with no list, or a list of fewer: 6; null when <paramref name="Items"/> says it all.</param>
internal sealed record TopicList(IReadOnlyList<string> Items, int? StatedCount);
