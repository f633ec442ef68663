using System.Buffers;
using System.Text.Json;

namespace BulletinBot.FakeBotApi;

/// <summary>Builds the updates a user's actions would produce, as Telegram sends them.</summary>
internal static class UpdateJson
{
    public static byte[] Message(long updateId, IncomingMessage message, long date)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("update_id", updateId);
            writer.WriteStartObject("message");
            writer.WriteNumber("message_id", message.MessageId);
            writer.WritePropertyName("from");
            TelegramJson.WriteUser(writer, message.FromUserId, message.FirstName, message.Username, message.LanguageCode);
            writer.WritePropertyName("chat");
            WriteChat(writer, message.ChatId, message.ChatType, message.FirstName, message.Username);
            writer.WriteNumber("date", date);
            writer.WriteString("text", message.Text);
            if (CommandLength(message.Text) is > 0 and var length)
            {
                writer.WriteStartArray("entities");
                writer.WriteStartObject();
                writer.WriteString("type", "bot_command");
                writer.WriteNumber("offset", 0);
                writer.WriteNumber("length", length);
                writer.WriteEndObject();
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] Document(
        long updateId, long chatId, long fromUserId, int messageId, long date, string fileId, string fileName, string mimeType, long size, string? caption)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("update_id", updateId);
            writer.WriteStartObject("message");
            writer.WriteNumber("message_id", messageId);
            writer.WritePropertyName("from");
            TelegramJson.WriteUser(writer, fromUserId, firstName: null, username: null, languageCode: null);
            writer.WritePropertyName("chat");
            WriteChat(writer, chatId, chatId > 0 ? "private" : "group", firstName: null, username: null);
            writer.WriteNumber("date", date);
            writer.WriteStartObject("document");
            writer.WriteString("file_id", fileId);
            writer.WriteString("file_unique_id", "u" + fileId);
            writer.WriteString("file_name", fileName);
            writer.WriteString("mime_type", mimeType);
            writer.WriteNumber("file_size", size);
            writer.WriteEndObject();
            if (caption is not null)
            {
                writer.WriteString("caption", caption);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] Callback(long updateId, long chatId, long fromUserId, int messageId, string data, string chatType, BotIdentity bot, long date)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("update_id", updateId);
            writer.WriteStartObject("callback_query");
            writer.WriteString("id", $"cb{updateId}");
            writer.WritePropertyName("from");
            TelegramJson.WriteUser(writer, fromUserId, firstName: null, username: null, languageCode: null);
            writer.WriteString("chat_instance", $"ci{chatId}");
            writer.WriteStartObject("message");
            writer.WriteNumber("message_id", messageId);
            writer.WriteNumber("date", date);
            writer.WritePropertyName("chat");
            WriteChat(writer, chatId, chatType, firstName: null, username: null);
            writer.WritePropertyName("from");
            TelegramJson.WriteBotUser(writer, bot);
            writer.WriteEndObject();
            writer.WriteString("data", data);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Copies a caller's update, replacing any update_id with the queue's own.</summary>
    public static byte[] Raw(long updateId, string updateJson)
    {
        using var document = JsonDocument.Parse(updateJson);
        var buffer = new ArrayBufferWriter<byte>(updateJson.Length + 32);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("update_id", updateId);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!property.NameEquals("update_id"))
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    // Telegram marks a leading "/command" or "/command@bot" as a bot_command entity; lengths are UTF-16 units.
    private static int CommandLength(string text)
    {
        if (!text.StartsWith('/'))
        {
            return 0;
        }

        var end = text.AsSpan().IndexOfAny(" \n\t");
        var length = end < 0 ? text.Length : end;
        return length > 1 ? length : 0;
    }

    private static void WriteChat(Utf8JsonWriter writer, long chatId, string chatType, string? firstName, string? username)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", chatId);
        writer.WriteString("type", chatType);
        if (chatType == "private")
        {
            writer.WriteString("first_name", firstName ?? "User");
            if (username is not null)
            {
                writer.WriteString("username", username);
            }
        }
        else
        {
            writer.WriteString("title", $"Chat {chatId}");
        }

        writer.WriteEndObject();
    }
}
