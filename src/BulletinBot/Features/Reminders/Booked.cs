using BulletinBot.Chat;

namespace BulletinBot.Features.Reminders;

/// <summary>Whether a personal reminder was set, and what to tell the person: as a message, and short enough for a button's answer.</summary>
public sealed record Booked(bool IsSet, Html Message, string Notice)
{
    public static Booked Refused(string reason) => new(false, Html.Escape(reason), reason);
}
