using System.Globalization;
using BulletinBot.Chat;
using BulletinBot.Features.Events;

namespace BulletinBot.Features.EventQueries;

/// <summary>📅 Thêm vào lịch ("ics:12"): sends the event as an .ics file to open in a calendar.</summary>
public sealed class CalendarButton(EventStore events, OfficeDay office, TimeProvider time) : IButtonAction
{
    public ButtonInfo Info { get; } = new("ics", Role.Staff, "/event");

    public static string Data(long id) => "ics:" + id.ToString(CultureInfo.InvariantCulture);

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        if (EventId.Parse(context.Args) is not { } id)
        {
            return RouterReplies.StaleButton(Info.ReopenWith, language);
        }

        var record = await events.FindAsync(id, ct);
        if (record is not { IsPublished: true, Fields.Date: not null })
        {
            return Notice(record is { IsCancelled: true }
                ? language.Pick($"Sự kiện #{id} đã bị huỷ.", $"Event #{id} was cancelled.")
                : language.Pick($"Không có sự kiện #{id}.", $"There is no event #{id}."));
        }

        var file = CalendarFile.For(record, office.TimeZoneId, time.GetUtcNow(), language);
        var caption = Html.Format($"📅 {record.Fields.Title}\n")
            + Html.Trusted(language.Pick("Mở tệp này để thêm sự kiện vào lịch của bạn.", "Open this file to add the event to your calendar."));
        return Notice(language.Pick("Đã gửi tệp lịch.", "Calendar file sent.")) with
        {
            Documents = [new ReplyDocument(CalendarFile.FileName(id), new MemoryStream(file), caption)],
        };
    }

    private static Reply Notice(string text) => new(Html.Empty, [], ButtonNotice: text);
}
