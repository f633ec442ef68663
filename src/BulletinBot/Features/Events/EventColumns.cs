using System.Globalization;
using System.Text.Json;
using BulletinBot.Articles;
using Dapper;

namespace BulletinBot.Features.Events;

/// <summary>An events row as Dapper reads it, and the parameters an <see cref="EventFields"/> is written with.</summary>
internal sealed record EventColumns
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public long Id { get; init; }

    public string Status { get; init; } = "";

    public string Title { get; init; } = "";

    public string? StartsOn { get; init; }

    public string? StartsAt { get; init; }

    public bool DateConfirmed { get; init; }

    public string? Venue { get; init; }

    public string? Province { get; init; }

    public string? CurrentProvince { get; init; }

    public string? Region { get; init; }

    public long? Attendees { get; init; }

    public bool AttendeesAtLeast { get; init; }

    public long? ProvincesCount { get; init; }

    public string Topics { get; init; } = "[]";

    public string People { get; init; } = "[]";

    public string Organizers { get; init; } = "[]";

    public string? Summary { get; init; }

    public string? SourceUrl { get; init; }

    public string Origin { get; init; } = "";

    public long AuthorUserId { get; init; }

    public long AuthorChatId { get; init; }

    public long Revision { get; init; }

    public EventRecord ToRecord() => new(Id, Status, new EventFields
    {
        Title = Title,
        Date = StartsOn is { } on ? DateOnly.ParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        Time = StartsAt is { } at ? TimeOnly.ParseExact(at, "HH:mm", CultureInfo.InvariantCulture) : null,
        DateConfirmed = DateConfirmed,
        Venue = Venue,
        Province = Province,
        CurrentProvince = CurrentProvince,
        Region = Region,
        Attendees = (int?)Attendees,
        AttendeesAtLeast = AttendeesAtLeast,
        ProvincesCount = (int?)ProvincesCount,
        Topics = JsonSerializer.Deserialize<string[]>(Topics, Json) ?? [],
        People = JsonSerializer.Deserialize<ArticlePerson[]>(People, Json) ?? [],
        Organizers = JsonSerializer.Deserialize<string[]>(Organizers, Json) ?? [],
        Summary = Summary,
        SourceUrl = SourceUrl,
    }, AuthorUserId, AuthorChatId, (int)Revision, Origin);

    /// <summary>The fields as SQL parameters, with <paramref name="extra"/>'s properties (ids, author) beside them.</summary>
    public static DynamicParameters From(EventFields fields, long now, object extra)
    {
        var parameters = new DynamicParameters(new
        {
            fields.Title,
            StartsOn = fields.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            StartsAt = fields.Time?.ToString("HH:mm", CultureInfo.InvariantCulture),
            fields.DateConfirmed,
            fields.Venue,
            fields.Province,
            fields.CurrentProvince,
            fields.Region,
            fields.Attendees,
            fields.AttendeesAtLeast,
            fields.ProvincesCount,
            Topics = JsonSerializer.Serialize(fields.Topics, Json),
            People = JsonSerializer.Serialize(fields.People, Json),
            Organizers = JsonSerializer.Serialize(fields.Organizers, Json),
            fields.Summary,
            fields.SourceUrl,
            Now = now,
        });
        parameters.AddDynamicParams(extra);
        return parameters;
    }
}
