using System.Globalization;
using BulletinBot.Chat;
using BulletinBot.Delivery;

namespace BulletinBot.Features.Reminders;

/// <summary>
/// ⏰ Nhắc tôi under a notice or an /event card ("rmd:17"): a personal reminder an hour before, in the private chat of
/// whoever pressed it (a press in a group answers on the button and confirms privately, so the group sees nothing).
/// </summary>
public sealed class RemindMeButton(ReminderBooking booking, ChatStore chats, Outbox outbox) : IButtonAction
{
    public const string Label = "⏰ Nhắc tôi";

    public ButtonInfo Info { get; } = new("rmd", Role.Staff, "/remind");

    public static string DataFor(long eventId) => "rmd:" + eventId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The button row to put under anything that shows an event.</summary>
    public static IReadOnlyList<ReplyButton> Row(long eventId) => [new ReplyButton(Label, DataFor(eventId))];

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        if (!long.TryParse(context.Args, NumberStyles.None, CultureInfo.InvariantCulture, out var eventId))
        {
            return RouterReplies.StaleButton(Info.ReopenWith, language);
        }

        var found = await booking.FindEventAsync(eventId, ct);
        if (found is not { Cancelled: false } e)
        {
            return Notice(ReminderBooking.Unavailable(found, eventId, language));
        }

        var inGroup = context.Request.ChatKind == ChatKind.Group;
        var target = inGroup ? context.Request.UserId : context.ChatId;
        var own = inGroup ? await chats.FindAsync(target, ct) : null;
        if (inGroup && own is not { IsActive: true, Kind: "private" })
        {
            return Notice(language.Pick(
                "Để nhận nhắc riêng, hãy mở chat riêng với bot, bấm Start, rồi bấm lại ⏰.",
                "To get personal reminders, open a private chat with the bot, press Start, then press ⏰ again."));
        }

        if (booking.DefaultMoment(e) is not { } moment)
        {
            return Notice(language.Pick(
                $"Sự kiện #{eventId} sắp bắt đầu hoặc đã bắt đầu; không kịp đặt nhắc.",
                $"Event #{eventId} is about to start or has started; too late for a reminder."));
        }

        var booked = await booking.BookAsync(target, e, moment, own?.ChatLanguage ?? language, ct);
        if (!inGroup)
        {
            return booked.IsSet ? new Reply(booked.Message, [], ButtonNotice: booked.Notice) : Notice(booked.Notice);
        }

        // In a group the confirmation goes to the presser alone; the group only sees the button's answer.
        if (booked.IsSet)
        {
            await outbox.ReplyAsync(new OutgoingMessage(target, booked.Message, []), ct);
        }

        return Notice(booked.Notice);
    }

    private static Reply Notice(string text) => new(Html.Empty, [], ButtonNotice: text);
}
