using BulletinBot.Chat;
using BulletinBot.Features.Reminders;

namespace BulletinBot.Features.Events;

/// <summary>
/// The reminder times of one event as its card shows them: a line saying when subscribers will be reminded, and ⏰
/// buttons to tick or untick each offered time ("ev:ro:17:3600"); an event known only by its day has one on/off button
/// ("ev:ro:17:0") for the reminder the day before.
/// </summary>
public sealed record CardReminders(IReadOnlyList<TimeSpan> Chosen, IReadOnlyList<TimeSpan> Offered, TimeOnly DayBeforeAt)
{
    public Html Line(EventFields fields, Language language)
    {
        var when = fields.Time is null && Chosen.Count > 0
            ? language.Pick($"{DayBeforeAt:HH\\:mm} hôm trước", $"{DayBeforeAt:HH\\:mm} the day before")
            : ReminderOffsets.Describe(Chosen, language);
        return Html.Format($"⏰ {language.Pick("Nhắc người nhận", "Reminders")}: {when}");
    }

    public IReadOnlyList<ReplyButton> Buttons(long id, EventFields fields, Language language) => fields.Time is null
        ? [new ReplyButton(language.Pick("⏰ Nhắc hôm trước", "⏰ Day-before reminder") + Tick(Chosen.Count > 0), CardButton.Reminder(id, TimeSpan.Zero))]
        : [.. Offered.Select(o => new ReplyButton("⏰ " + ReminderOffsets.Label(o, language) + Tick(Chosen.Contains(o)), CardButton.Reminder(id, o)))];

    private static string Tick(bool on) => on ? " ✓" : "";
}
