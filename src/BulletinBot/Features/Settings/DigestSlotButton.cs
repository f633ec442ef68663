using System.Globalization;
using BulletinBot.Chat;
using BulletinBot.Features.Digest;

namespace BulletinBot.Features.Settings;

/// <summary>
/// The weekly digest's day and hour, picked on the settings card in two presses: "dgs:pick" shows the days (and "the
/// common slot", "off"), "dgs:d:5" the hours of Friday, "dgs:h:5:17" sets Friday 17:00. "dgs:back" returns to the card.
/// </summary>
public sealed class DigestSlotButton(DigestStore digests, DigestScheduler scheduler, DigestTimes times, SettingsCard card) : IButtonAction
{
    public const string Pick = "dgs:pick";

    private static readonly int[] Hours = [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21];

    public ButtonInfo Info { get; } = new("dgs", Role.Staff, "/settings") { ChangesChat = true };

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        var parts = context.Args.Split(':');
        switch (parts)
        {
            case ["pick"]:
                return Days(language);
            case ["d", var day] when Number(day) is { } weekday && DigestSlot.IsValid(weekday, 0):
                return HoursOf(weekday, language);
            case ["h", var day, var hour] when Number(day) is { } weekday && Number(hour) is { } h && DigestSlot.IsValid(weekday, h):
                var slot = new DigestSlot(weekday, h);
                await digests.SetSlotAsync(context.ChatId, slot, ct);
                await scheduler.UseAsync(slot, ct);
                return await card.DrawAsync(context.ChatId, language, replacesPressed: true, language.Pick("Bản tin tuần: ", "Weekly digest: ") + slot.Label(language), ct);
            case ["def"]:
                await digests.SetSlotAsync(context.ChatId, null, ct);
                return await card.DrawAsync(context.ChatId, language, replacesPressed: true, language.Pick("Bản tin tuần theo lịch chung", "Weekly digest at the common time"), ct);
            case ["off"]:
                await digests.TurnOffAsync(context.ChatId, ct);
                return await card.DrawAsync(context.ChatId, language, replacesPressed: true, language.Pick("Đã tắt bản tin tuần", "Weekly digest turned off"), ct);
            case ["back"]:
                return await card.DrawAsync(context.ChatId, language, replacesPressed: true, notice: null, ct);
            default:
                return RouterReplies.StaleButton(Info.ReopenWith, language);
        }
    }

    private Reply Days(Language language)
    {
        var days = Enumerable.Range(1, 7).Select(d => new ReplyButton(DigestSlot.DayName(d, language), "dgs:d:" + d.ToString(CultureInfo.InvariantCulture))).ToList();
        List<IReadOnlyList<ReplyButton>> rows =
        [
            days[..4],
            days[4..],
            [new(language.Pick("Lịch chung", "Common time") + " (" + times.Common(language) + ")", "dgs:def"), new(language.Pick("Tắt bản tin", "Turn off"), "dgs:off")],
            [new(language.Pick("◀ Quay lại", "◀ Back"), "dgs:back")],
        ];
        return new Reply(Html.Trusted(language.Pick("📰 Nhận bản tin tuần vào ngày nào?", "📰 Which day should the weekly digest come?")), rows, ReplacesPressedMessage: true);
    }

    private static Reply HoursOf(int weekday, Language language)
    {
        var day = weekday.ToString(CultureInfo.InvariantCulture);
        var rows = Hours.Select(h => new ReplyButton(h.ToString("00", CultureInfo.InvariantCulture) + ":00", $"dgs:h:{day}:{h.ToString(CultureInfo.InvariantCulture)}"))
            .Chunk(4).Select(r => (IReadOnlyList<ReplyButton>)r).ToList();
        rows.Add([new ReplyButton(language.Pick("◀ Chọn ngày khác", "◀ Another day"), Pick)]);
        return new Reply(Html.Format($"📰 {DigestSlot.DayName(weekday, language)}: {language.Pick("mấy giờ?", "at what time?")}"), rows, ReplacesPressedMessage: true);
    }

    private static int? Number(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
