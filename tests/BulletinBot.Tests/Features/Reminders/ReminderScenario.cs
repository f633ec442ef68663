using System.Globalization;
using System.Text.RegularExpressions;
using BulletinBot.FakeBotApi;
using BulletinBot.Features.Reminders;
using BulletinBot.Tests.Features.Events;
using BulletinBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BulletinBot.Tests.Features.Reminders;

/// <summary>
/// Events a couple of minutes ahead whose reminder is due a few seconds from now: the offset is chosen for the one event,
/// as an organizer ticks it on the card, so real Quartz fires within seconds and no test sleeps for minutes.
/// </summary>
internal static partial class ReminderScenario
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>A start on a whole minute at least <paramref name="ahead"/> from now.</summary>
    public static DateTimeOffset StartIn(TimeSpan ahead)
    {
        var at = DateTimeOffset.UtcNow + ahead;
        return new DateTimeOffset(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero).AddMinutes(1);
    }

    /// <summary>`16/08/2026 08:00` in the office's zone, as an organizer types it.</summary>
    public static string Typed(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Clock(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Posts an event starting at <paramref name="start"/>, sets its one reminder due in <paramref name="dueIn"/>, presses Đăng.</summary>
    public static async Task<long> PublishDueInAsync(this BotUnderTest bot, string title, DateTimeOffset start, TimeSpan dueIn)
    {
        var card = await bot.PostAsync(title, Typed(start));
        var id = EventIdOf(card);
        await bot.ChooseReminderAsync(id, start, dueIn);
        await bot.PublishAsync(card);
        return id;
    }

    /// <summary>Sets the event's one reminder so that it is due <paramref name="dueIn"/> from now (the card's ⏰ choice, to the second).</summary>
    public static Task ChooseReminderAsync(this BotUnderTest bot, long eventId, DateTimeOffset start, TimeSpan dueIn) =>
        bot.Services.GetRequiredService<ReminderScheduler>().ChooseAsync(eventId, [start - (DateTimeOffset.UtcNow + dueIn)], CancellationToken.None);

    /// <summary>
    /// Opens /edit, types a new date and time, and returns the edit card with the change waiting for Đăng, as an
    /// organizer moving an event would.
    /// </summary>
    public static async Task<SentMessage> EditTimeAsync(this BotUnderTest bot, long eventId, DateTimeOffset start)
    {
        var card = await bot.SayAsync(EventScenario.Poster, $"/edit {eventId}", match: m => m.Text.Contains("Sửa sự kiện", StringComparison.Ordinal));
        bot.Press(card, "Sửa");
        var fields = await bot.EditOfAsync(EventScenario.Poster, card.MessageId);
        var seen = bot.SentTo(EventScenario.Poster);
        bot.Press(EventScenario.Poster, card.MessageId, fields.ReplyMarkup, "Ngày giờ");
        await bot.NextMessageAsync(EventScenario.Poster, seen, m => m.Text.Contains("Ví dụ", StringComparison.Ordinal));
        return await bot.SayAsync(EventScenario.Poster, Typed(start), match: m => m.Text.Contains("Sửa sự kiện", StringComparison.Ordinal));
    }

    public static long EventIdOf(SentMessage card) =>
        long.Parse(EventNumber().Match(card.Text).Groups[1].Value, CultureInfo.InvariantCulture);

    public static bool IsEventReminder(SentMessage message) => message.Text.Contains("Sắp diễn ra", StringComparison.Ordinal);

    public static IReadOnlyList<SentMessage> RemindersTo(this BotUnderTest bot, long chatId) =>
        [.. bot.Api.SentMessages.Where(m => m.ChatId == chatId && IsEventReminder(m))];

    [GeneratedRegex(@"#(\d+)")]
    private static partial Regex EventNumber();
}
