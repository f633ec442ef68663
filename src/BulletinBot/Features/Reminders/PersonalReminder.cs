using BulletinBot.Chat;

namespace BulletinBot.Features.Reminders;

/// <summary>A personal reminder with what it reminds of, read beside Reminders' copy of the event.</summary>
public sealed record PersonalReminder
{
    public long Id { get; init; }

    public long ChatId { get; init; }

    public long EventId { get; init; }

    public long DueAt { get; init; }

    public string State { get; init; } = "pending";

    public string Title { get; init; } = "";

    public string StartsOn { get; init; } = "";

    public string? StartsAt { get; init; }

    public string Place { get; init; } = "";

    public string PlaceEn { get; init; } = "";

    public bool Cancelled { get; init; }

    public string Language { get; init; } = "vi";

    public ReminderEvent Event => new()
    {
        EventId = EventId, Title = Title, StartsOn = StartsOn, StartsAt = StartsAt, Place = Place, PlaceEn = PlaceEn, Cancelled = Cancelled,
    };

    public Language ChatLanguage => Language == "en" ? Chat.Language.En : Chat.Language.Vi;
}
