using System.Text.Json;
using BulletinBot.Articles;
using BulletinBot.Delivery;
using BulletinBot.Features.Events;
using BulletinBot.FakeBotApi;
using BulletinBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BulletinBot.Tests.Features.EventQueries;

/// <summary>
/// What the look-up tests share: a bot whose private chats are not paced (each test says many things in one chat),
/// events published straight through the Events feature's store, and the office's today.
/// </summary>
internal static class EventQueryScenario
{
    public const long AdminUser = BotUnderTest.AdminId;

    public static DateOnly Today => DateOnly.FromDateTime(
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")).DateTime);

    public static Task<BotUnderTest> StartAsync() =>
        BotUnderTest.StartAsync(new Dictionary<string, string?> { ["BulletinBot:Delivery:PrivateChatPerSecond"] = "100" });

    /// <summary>Publishes an event as Đăng would (without notices: nobody subscribed); returns its id.</summary>
    public static async Task<long> AddEventAsync(this BotUnderTest bot, EventFields fields)
    {
        var events = bot.Services.GetRequiredService<EventStore>();
        var placed = fields.WithVenue(fields.Venue, bot.Services.GetRequiredService<ProvinceDirectory>());
        var id = await events.CreateDraftAsync(placed, EventOrigin.Form, AdminUser, AdminUser, CancellationToken.None);
        await bot.Services.GetRequiredService<Outbox>().TransactionAsync(
            (tx, ct) => events.PublishAsync(tx.Connection, tx.Transaction, id, ct), CancellationToken.None);
        return id;
    }

    public static Task<long> AddEventAsync(this BotUnderTest bot, string title, int inDays, string venue = "Hội trường A, Hà Nội") =>
        bot.AddEventAsync(new EventFields { Title = title, Date = Today.AddDays(inDays), Venue = venue });

    public static async Task CancelEventAsync(this BotUnderTest bot, long id)
    {
        var events = bot.Services.GetRequiredService<EventStore>();
        await bot.Services.GetRequiredService<Outbox>().TransactionAsync(
            (tx, ct) => events.CancelAsync(tx.Connection, tx.Transaction, id, ct), CancellationToken.None);
    }

    /// <summary>Applies an edit as publishing the changes of /edit would.</summary>
    public static async Task EditEventAsync(this BotUnderTest bot, long id, Func<EventFields, EventFields> change)
    {
        var events = bot.Services.GetRequiredService<EventStore>();
        var record = await events.FindAsync(id, CancellationToken.None) ?? throw new InvalidOperationException($"No event {id}");
        await bot.Services.GetRequiredService<Outbox>().TransactionAsync(
            (tx, ct) => events.ApplyEditAsync(tx.Connection, tx.Transaction, id, record.Revision, change(record.Fields), ct), CancellationToken.None);
    }

    /// <summary>Sends a command and returns the next document the bot sends to that chat.</summary>
    public static async Task<SentDocument> DocumentAfterAsync(this BotUnderTest bot, long chatId, Action act)
    {
        var before = bot.Api.SentDocuments.Count(d => d.ChatId == chatId);
        act();
        var index = 0;
        var found = await bot.Api.WaitForDocumentsAsync(d => d.ChatId == chatId && index++ >= before, timeout: TimeSpan.FromSeconds(20));
        return found[0];
    }

    /// <summary>Every callback_data under a message.</summary>
    public static IReadOnlyList<string> ButtonData(JsonElement? markup) =>
        markup is { } m && m.TryGetProperty("inline_keyboard", out var rows)
            ? [.. rows.EnumerateArray().SelectMany(r => r.EnumerateArray()).Select(b => b.GetProperty("callback_data").GetString() ?? "")]
            : [];
}
