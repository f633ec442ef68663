using System.Text.Json;
using BulletinBot.FakeBotApi;

namespace BulletinBot.Tests.Infrastructure;

/// <summary>A person's side of a chat with the bot: say something and read the answer, press a button by its label.</summary>
public static class BotConversation
{
    /// <summary>
    /// Sends <paramref name="text"/> and returns the next message the bot sends to that chat (the next one that
    /// <paramref name="match"/> accepts, when given, so a progress report or a notice arriving meanwhile is passed over).
    /// </summary>
    public static async Task<SentMessage> SayAsync(
        this BotUnderTest bot, long chatId, string text, long? userId = null, Func<SentMessage, bool>? match = null, TimeSpan? timeout = null)
    {
        var before = bot.Api.SentMessages.Count(m => m.ChatId == chatId);
        bot.Api.EnqueueMessage(chatId, userId ?? chatId, text, chatType: chatId > 0 ? "private" : "group");
        return await bot.NextMessageAsync(chatId, before, match, timeout);
    }

    /// <summary>The first message to <paramref name="chatId"/> after the first <paramref name="seen"/> ones that <paramref name="match"/> accepts.</summary>
    public static async Task<SentMessage> NextMessageAsync(
        this BotUnderTest bot, long chatId, int seen, Func<SentMessage, bool>? match = null, TimeSpan? timeout = null)
    {
        var index = 0;
        var found = await bot.Api.WaitForMessagesAsync(m => m.ChatId == chatId && index++ >= seen && (match?.Invoke(m) ?? true), count: 1, timeout);
        return found[0];
    }

    /// <summary>How many messages the bot has sent to a chat so far, to wait for the ones after.</summary>
    public static int SentTo(this BotUnderTest bot, long chatId) => bot.Api.SentMessages.Count(m => m.ChatId == chatId);

    /// <summary>Presses the button whose label contains <paramref name="label"/> on a message, as <paramref name="userId"/>.</summary>
    public static long Press(this BotUnderTest bot, long chatId, int messageId, JsonElement? markup, string label, long? userId = null)
    {
        var data = ButtonData(markup, label) ?? throw new InvalidOperationException($"No button labelled '{label}' in {markup?.GetRawText() ?? "(no buttons)"}");
        return bot.Api.EnqueueCallback(chatId, userId ?? chatId, messageId, data, chatId > 0 ? "private" : "group");
    }

    public static long Press(this BotUnderTest bot, SentMessage message, string label, long? userId = null) =>
        bot.Press(message.ChatId, message.MessageId, message.ReplyMarkup, label, userId);

    /// <summary>Waits for the bot to edit a message in place; returns the message as edited.</summary>
    public static async Task<EditedMessage> EditOfAsync(this BotUnderTest bot, long chatId, int messageId, Func<EditedMessage, bool>? match = null)
    {
        await bot.Api.WaitForCallAsync("editMessageText", c =>
            c.StatusCode == 200 && c.Body.GetProperty("chat_id").GetInt64() == chatId && c.Body.GetProperty("message_id").GetInt32() == messageId
            && (match is null || bot.Api.EditedMessages.Any(e => e.ChatId == chatId && e.MessageId == messageId && match(e))));
        return bot.Api.EditedMessages.Last(e => e.ChatId == chatId && e.MessageId == messageId && (match is null || match(e)));
    }

    public static IReadOnlyList<string> ButtonLabels(JsonElement? markup) =>
        markup is { } m && m.TryGetProperty("inline_keyboard", out var rows)
            ? [.. rows.EnumerateArray().SelectMany(r => r.EnumerateArray()).Select(b => b.GetProperty("text").GetString() ?? "")]
            : [];

    private static string? ButtonData(JsonElement? markup, string label) =>
        markup is { } m && m.TryGetProperty("inline_keyboard", out var rows)
            ? rows.EnumerateArray().SelectMany(r => r.EnumerateArray())
                .Where(b => (b.GetProperty("text").GetString() ?? "").Contains(label, StringComparison.Ordinal))
                .Select(b => b.GetProperty("callback_data").GetString())
                .FirstOrDefault()
            : null;
}
