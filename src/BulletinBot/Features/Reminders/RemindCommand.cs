using System.Globalization;
using System.Text.RegularExpressions;
using BulletinBot.Chat;
using Microsoft.Extensions.Options;

namespace BulletinBot.Features.Reminders;

/// <summary>/remind &lt;id&gt; &lt;when&gt;: a personal reminder of an event; alone, it explains the ways to say when.</summary>
public sealed partial class RemindCommand(ReminderBooking booking, IOptions<BotOptions> bot, TimeProvider time) : IChatCommand
{
    public CommandInfo Info { get; } = new("remind", Role.Staff, "/remind 17 ngày mai 8h",
        "Nhắc riêng bạn về một sự kiện", "A personal reminder of an event") { Order = 25, PrivateOnly = true };

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        if (context.Args.Length == 0)
        {
            return Reply.With(ReminderText.Help(bot.Value.TimeZone, language));
        }

        if (IdAndWhen().Match(context.Args) is not { Success: true } parts
            || !long.TryParse(parts.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var eventId))
        {
            return Reply.With(Html.Format($"{language.Pick("Cần số sự kiện rồi đến thời điểm, ví dụ", "Give the event number, then when, e.g.")} <code>{Info.Example}</code>\n") + ReminderText.Help(bot.Value.TimeZone, language));
        }

        var found = await booking.FindEventAsync(eventId, ct);
        if (found is not { Cancelled: false } e)
        {
            return Reply.With(Html.Escape(ReminderBooking.Unavailable(found, eventId, language)));
        }

        var when = parts.Groups["when"].Value;
        if (when.Length == 0)
        {
            return Reply.With(Html.Format($"{language.Pick("Nhắc lúc nào? Ví dụ", "When? For example")} <code>/remind {eventId} 2h</code> {language.Pick("hoặc", "or")} <code>/remind {eventId} ngày mai 8h</code>"));
        }

        if (MomentReader.Read(when, time.GetUtcNow(), booking.Zone) is not { } moment)
        {
            return Reply.With(Html.Format($"{language.Pick("Chưa hiểu thời điểm", "I couldn't read the time")} “") + Html.Excerpt(when) + Html.Trusted("”.\n") + ReminderText.Help(bot.Value.TimeZone, language));
        }

        return Reply.With((await booking.BookAsync(context.ChatId, e, moment, language, ct)).Message);
    }

    [GeneratedRegex(@"^#?(?<id>\d{1,12})\s*(?<when>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex IdAndWhen();
}
