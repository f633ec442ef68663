using System.Net;
using System.Text.RegularExpressions;
using BulletinBot.Delivery;

namespace BulletinBot.Chat.Local;

/// <summary>The terminal as a chat window: prints messages as plain text and remembers the last buttons shown.</summary>
public sealed partial class LocalScreen(TextWriter output)
{
    private readonly Lock gate = new();
    private int lastMessageId;
    private (int MessageId, IReadOnlyList<ReplyButton> Buttons) lastButtons = (0, []);

    /// <param name="attachment">A line describing a file sent with the message.</param>
    public int Show(OutgoingMessage message, string? attachment = null)
    {
        lock (gate)
        {
            var id = message.EditMessageId ?? ++lastMessageId;
            var who = message.ChatId == LocalChat.ChatId ? "bot" : $"bot → chat {message.ChatId}";
            var edited = message.EditMessageId is null ? "" : " (edited)";
            output.WriteLine($"{who}{edited}:");
            if (attachment is not null)
            {
                output.WriteLine(attachment);
            }

            if (message.Text.Value.Length > 0)
            {
                output.WriteLine(Plain(message.Text.Value));
            }

            var buttons = message.Buttons.SelectMany(r => r).ToList();
            if (buttons.Count > 0 && message.ChatId == LocalChat.ChatId)
            {
                output.WriteLine(string.Join("  ", buttons.Select((b, i) => $"[#{i + 1} {b.Label}]")) + "   (type #1, #2… to press)");
                lastButtons = (id, buttons);
            }

            output.WriteLine();
            output.Flush();
            return id;
        }
    }

    public void Say(string line)
    {
        lock (gate)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }

    public (int MessageId, ReplyButton Button)? Button(int number)
    {
        lock (gate)
        {
            return number >= 1 && number <= lastButtons.Buttons.Count ? (lastButtons.MessageId, lastButtons.Buttons[number - 1]) : null;
        }
    }

    public static string Plain(string html) => WebUtility.HtmlDecode(Tag().Replace(html, ""));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
