using System.Globalization;
using BulletinBot.Chat;

namespace BulletinBot.Features.Reminders;

/// <summary>The snooze buttons under a personal reminder: "snz:&lt;id&gt;:10" (minutes), "snz:&lt;id&gt;:60", "snz:&lt;id&gt;:1d" (same time tomorrow).</summary>
public sealed class SnoozeButton(ReminderStore store, PersonalReminders reminders, TimeProvider time) : IButtonAction
{
    private const string Tomorrow = "1d";

    public ButtonInfo Info { get; } = new("snz", Role.Staff, "/reminders");

    public static IReadOnlyList<ReplyButton> Row(long reminderId, Language language) =>
    [
        new("💤 " + language.Pick("10 phút", "10 min"), Data(reminderId, "10")),
        new("💤 " + language.Pick("1 giờ", "1 hour"), Data(reminderId, "60")),
        new("💤 " + language.Pick("Ngày mai", "Tomorrow"), Data(reminderId, Tomorrow)),
    ];

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        var parts = context.Args.Split(':');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await store.FindAsync(context.ChatId, id, ct) is not { } reminder)
        {
            return RouterReplies.StaleButton(Info.ReopenWith, language);
        }

        var e = reminder.Event;
        if (e.Cancelled)
        {
            return Notice(language.Pick("Sự kiện này đã bị huỷ; không nhắc lại nữa.", "This event was cancelled; no more reminders."));
        }

        var zone = reminders.Zone;
        var now = time.GetUtcNow();
        DateTimeOffset? due = parts[1] switch
        {
            Tomorrow => ZonedTime.ToInstant(ZonedTime.Today(now, zone).AddDays(1), TimeOnly.FromDateTime(ZonedTime.Local(now, zone)), zone),
            var minutes when int.TryParse(minutes, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is > 0 and <= 24 * 60 => now.AddMinutes(m),
            _ => null,
        };
        if (due is not { } at)
        {
            return RouterReplies.StaleButton(Info.ReopenWith, language);
        }

        if (PersonalReminders.OnTheMinute(at) >= e.LastUseful(zone))
        {
            return Notice(language.Pick("Lúc đó sự kiện đã bắt đầu; chọn thời gian ngắn hơn.", "The event will have started by then; pick a shorter time."));
        }

        await reminders.SnoozeAsync(context.ChatId, id, at, ct);
        var shown = ZonedTime.Show(PersonalReminders.OnTheMinute(at), zone);
        return new Reply(ReminderText.Snoozed(e, shown, language), [], ReplacesPressedMessage: true, ButtonNotice: "💤 " + shown);
    }

    private static string Data(long reminderId, string choice) => $"snz:{reminderId.ToString(CultureInfo.InvariantCulture)}:{choice}";

    private static Reply Notice(string text) => new(Html.Empty, [], ButtonNotice: text);
}
