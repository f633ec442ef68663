namespace BulletinBot.Articles;

/// <summary>The conference an article reports, as far as its text says; unknown fields are null, never guessed.</summary>
/// <param name="Date">`yyyy-MM-dd`, or `--MM-dd` when the text gives no year.</param>
/// <param name="Province">The province as the article names it (before any merger).</param>
/// <param name="CurrentProvince">The province-level unit it belongs to since the 2025 reorganisation.</param>
/// <param name="Region">Bắc, Trung or Nam.</param>
/// <param name="Provinces">How many provinces and cities took part.</param>
/// <param name="StatedTopicCount">How many topics the article says there were (`gồm 6 chuyên đề`) when it names fewer or none.</param>
/// <param name="EventDate">The same date as <paramref name="Date"/>, with the year kept apart for later use.</param>
public sealed record ArticleEvent(
    string? Title,
    string? Date,
    string? Time,
    string? Location,
    string? Province,
    string? CurrentProvince,
    string? Region,
    int? Attendees,
    bool AttendeesAtLeast,
    int? Provinces,
    IReadOnlyList<string> Topics,
    IReadOnlyList<ArticlePerson> People,
    IReadOnlyList<string> Organizers,
    string? Summary,
    ArticleDate? EventDate = null,
    int? StatedTopicCount = null)
{
    /// <summary>How many topics the event had: the count the article gives, else the listed ones; 0 when it says nothing.</summary>
    public int TopicCount => Math.Max(Topics.Count, StatedTopicCount ?? 0);
}
