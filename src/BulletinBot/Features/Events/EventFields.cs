using BulletinBot.Articles;

namespace BulletinBot.Features.Events;

/// <summary>
/// What an organizer can see and change on the preview card. <see cref="DateConfirmed"/> is false while a date read
/// without a year, or one already past, waits for the organizer's word.
/// </summary>
public sealed record EventFields
{
    public string Title { get; init; } = "";

    public DateOnly? Date { get; init; }

    public TimeOnly? Time { get; init; }

    public bool DateConfirmed { get; init; } = true;

    public string? Venue { get; init; }

    public string? Province { get; init; }

    public string? CurrentProvince { get; init; }

    public string? Region { get; init; }

    public int? Attendees { get; init; }

    public bool AttendeesAtLeast { get; init; }

    public int? ProvincesCount { get; init; }

    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<ArticlePerson> People { get; init; } = [];

    public IReadOnlyList<string> Organizers { get; init; } = [];

    public string? Summary { get; init; }

    public string? SourceUrl { get; init; }

    /// <summary>The venue and the province it lies in, as the gazetteer reads them.</summary>
    public EventFields WithVenue(string? venue, ProvinceDirectory provinces) =>
        (venue is { Length: > 0 } ? provinces.Find(venue) : null) is { } place
            ? this with { Venue = venue, Province = place.Name, CurrentProvince = place.CurrentName, Region = place.Region }
            : this with { Venue = venue, Province = null, CurrentProvince = null, Region = null };

    /// <summary>The words subscribers' topic filters are matched against.</summary>
    public string TopicText => string.Join(' ', [Title, .. Topics, Summary ?? "", .. Organizers]);
}
