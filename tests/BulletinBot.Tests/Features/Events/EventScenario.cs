using System.Globalization;
using BulletinBot.FakeBotApi;
using BulletinBot.Tests.Infrastructure;

namespace BulletinBot.Tests.Features.Events;

/// <summary>What the event tests share: an admin who posts, subscribers, and a date a few weeks ahead.</summary>
internal static class EventScenario
{
    public const long Poster = BotUnderTest.AdminId;

    public static string FutureDay(int days = 20) =>
        DateTime.Now.AddDays(days).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static async Task SubscribeAsync(this BotUnderTest bot, params long[] chats)
    {
        foreach (var chat in chats)
        {
            await bot.SayAsync(chat, "/subscribe");
        }
    }

    /// <summary>Posts the one-line form and returns the preview card.</summary>
    public static Task<SentMessage> PostAsync(this BotUnderTest bot, string title, string when, string place = "Hội trường A, Hà Nội") =>
        bot.SayAsync(Poster, $"/post {title} | {when} | {place}", match: m => m.Text.Contains("Xem trước", StringComparison.Ordinal));

    /// <summary>Presses Đăng on a card and waits until the card is replaced by the confirmation.</summary>
    public static async Task<EditedMessage> PublishAsync(this BotUnderTest bot, SentMessage card)
    {
        bot.Press(card, "Đăng");
        return await bot.EditOfAsync(card.ChatId, card.MessageId, e => e.Text.Contains("Đã đăng", StringComparison.Ordinal));
    }
}
