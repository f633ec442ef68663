using BulletinBot.Chat;

namespace BulletinBot.Features.Events;

/// <summary>
/// The event's date and time from what an organizer typed. A date without a year, or one already past, is taken
/// but left unconfirmed, so the card asks before anything is published.
/// </summary>
public sealed record EventWhen(DateOnly Date, TimeOnly? Time, bool Confirmed)
{
    public static EventWhen? Read(string text, DateOnly today, Language language)
    {
        if (WhenReader.Read(text) is not { IsValid: true } typed)
        {
            return null;
        }

        var date = typed.DateFrom(today);
        return new EventWhen(date, typed.Time, Confirmed: typed.Year is not null && date >= today);
    }

    public static string Problem(Language language) => language.Pick(
        "Chưa đọc được ngày. Ghi ngày/tháng/năm và giờ nếu có, ví dụ 16/08/2026 08:00, 16-8-2026, ngày 16 tháng 8 năm 2026, sáng 16/8 8h30.",
        "I couldn't read a date. Write day/month/year and the time if known, e.g. 16/08/2026 08:00, 16-8-2026, ngày 16 tháng 8 năm 2026, sáng 16/8 8h30.");
}
