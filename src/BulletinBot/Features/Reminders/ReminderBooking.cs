using BulletinBot.Chat;
using Microsoft.Extensions.Options;

namespace BulletinBot.Features.Reminders;

/// <summary>
/// Sets a personal reminder for an event once the moment is known, and says so: refused with a clear reason when the
/// event is unknown or cancelled, the moment has passed, or it falls after the event.
/// </summary>
public sealed class ReminderBooking(EventReminderStore events, PersonalReminders reminders, IOptions<RemindersOptions> options, TimeProvider time)
{
    public TimeZoneInfo Zone => reminders.Zone;

    public Task<ReminderEvent?> FindEventAsync(long eventId, CancellationToken ct) => events.FindAsync(eventId, ct);

    /// <summary>Why no reminder can be set for an event that is unknown (<paramref name="e"/> null) or cancelled.</summary>
    public static string Unavailable(ReminderEvent? e, long eventId, Language language) => e is null
        ? language.Pick($"Không có sự kiện đã đăng nào số {eventId}. Xem các sự kiện sắp tới: /upcoming", $"There is no published event number {eventId}. See what is coming up: /upcoming")
        : language.Pick($"Sự kiện #{eventId} đã bị huỷ; không cần nhắc nữa.", $"Event #{eventId} was cancelled; there is nothing to remind you of.");

    /// <summary>The ⏰ button's choice: an hour before (or ten minutes), or for a day-only event the morning before (or of) the day.</summary>
    public DateTimeOffset? DefaultMoment(ReminderEvent e)
    {
        var zone = Zone;
        var hour = options.Value.DateOnlyHour;
        DateTimeOffset[] candidates = e.Time is null
            ? [ZonedTime.ToInstant(e.Date.AddDays(-1), hour, zone), ZonedTime.ToInstant(e.Date, hour, zone)]
            : [e.Start(zone) - TimeSpan.FromHours(1), e.Start(zone) - TimeSpan.FromMinutes(10)];
        var soonest = time.GetUtcNow() + TimeSpan.FromMinutes(1);
        return candidates.Where(c => c >= soonest && c < e.LastUseful(zone)).Cast<DateTimeOffset?>().FirstOrDefault();
    }

    /// <param name="chatId">The private chat the reminder goes to.</param>
    public async Task<Booked> BookAsync(long chatId, ReminderEvent e, DateTimeOffset due, Language language, CancellationToken ct)
    {
        var zone = Zone;
        var at = PersonalReminders.OnTheMinute(due);
        var shown = ZonedTime.Show(at, zone);
        if (at <= time.GetUtcNow())
        {
            return Booked.Refused(language.Pick(
                $"Thời điểm {shown} đã qua. Hãy chọn một lúc sau bây giờ, ví dụ /remind {e.EventId} 2h",
                $"{shown} has already passed. Pick a time after now, e.g. /remind {e.EventId} 2h"));
        }

        if (at >= e.LastUseful(zone))
        {
            var starts = e.Time is null ? e.Date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : ZonedTime.Show(e.Start(zone), zone);
            return Booked.Refused(language.Pick(
                $"{shown} là sau khi sự kiện #{e.EventId} bắt đầu ({starts}). Hãy chọn một lúc trước đó.",
                $"{shown} is after event #{e.EventId} starts ({starts}). Pick a time before that."));
        }

        if (await reminders.AddAsync(chatId, e.EventId, at, ct) is null)
        {
            return Booked.Refused(language.Pick(
                $"Bạn đã đặt nhắc lúc {shown} cho sự kiện này. Xem: /reminders",
                $"You already have a reminder at {shown} for this event. See /reminders"));
        }

        var before = ReminderText.Left(e.Start(zone) - at, language);
        var message = Html.Format($"⏰ {language.Pick("Sẽ nhắc bạn lúc", "I'll remind you at")} <b>{shown}</b> ({language.Pick("trước " + before, before + " before")}) {language.Pick("về", "of")} #{e.EventId}: ")
            + Html.Escape(e.Title)
            + Html.Format($"\n{language.Pick("Đổi giờ:", "Another time:")} <code>/remind {e.EventId} 2h</code>, <code>/remind {e.EventId} ngày mai 8h</code> · {language.Pick("Xem, xoá:", "See, delete:")} /reminders");
        return new Booked(true, message, language.Pick($"⏰ Sẽ nhắc bạn lúc {shown}", $"⏰ I'll remind you at {shown}"));
    }
}
