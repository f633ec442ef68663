using System.Text.Json;

namespace BulletinBot.FakeBotApi;

/// <summary>Writes Bot API objects with the fields the real client requires.</summary>
internal static class TelegramJson
{
    public static void WriteError(Utf8JsonWriter writer, ApiError error)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("ok", false);
        writer.WriteNumber("error_code", error.StatusCode);
        writer.WriteString("description", error.Description);
        if (error.RetryAfter is not null || error.MigrateToChatId is not null)
        {
            writer.WriteStartObject("parameters");
            if (error.RetryAfter is { } retryAfter)
            {
                writer.WriteNumber("retry_after", retryAfter);
            }

            if (error.MigrateToChatId is { } migrateTo)
            {
                writer.WriteNumber("migrate_to_chat_id", migrateTo);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    public static void WriteBotUser(Utf8JsonWriter writer, BotIdentity bot, bool full = false)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", bot.Id);
        writer.WriteBoolean("is_bot", true);
        writer.WriteString("first_name", BotIdentity.FirstName);
        writer.WriteString("username", bot.Username);
        if (full)
        {
            writer.WriteBoolean("can_join_groups", true);
            writer.WriteBoolean("can_read_all_group_messages", false);
            writer.WriteBoolean("supports_inline_queries", false);
        }

        writer.WriteEndObject();
    }

    public static void WriteUser(Utf8JsonWriter writer, long userId, string? firstName, string? username, string? languageCode)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", userId);
        writer.WriteBoolean("is_bot", false);
        writer.WriteString("first_name", firstName ?? "User");
        if (username is not null)
        {
            writer.WriteString("username", username);
        }

        if (languageCode is not null)
        {
            writer.WriteString("language_code", languageCode);
        }

        writer.WriteEndObject();
    }

    public static void WriteChat(Utf8JsonWriter writer, long chatId, string type)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", chatId);
        writer.WriteString("type", type);
        writer.WriteEndObject();
    }

    public static void WriteChatFullInfo(Utf8JsonWriter writer, long chatId)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", chatId);
        writer.WriteString("type", ChatTypes.FromId(chatId));
        writer.WriteNumber("accent_color_id", 0);
        writer.WriteNumber("max_reaction_count", 11);
        writer.WriteStartObject("accepted_gift_types");
        writer.WriteBoolean("unlimited_gifts", false);
        writer.WriteBoolean("limited_gifts", false);
        writer.WriteBoolean("unique_gifts", false);
        writer.WriteBoolean("premium_subscription", false);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static void WriteBotDocumentMessage(
        Utf8JsonWriter writer, BotIdentity bot, long chatId, int messageId, long date, string fileId, UploadedFile file, string? caption, JsonElement? replyMarkup)
    {
        writer.WriteStartObject();
        writer.WriteNumber("message_id", messageId);
        writer.WriteNumber("date", date);
        writer.WritePropertyName("chat");
        WriteChat(writer, chatId, ChatTypes.FromId(chatId));
        writer.WritePropertyName("from");
        WriteBotUser(writer, bot);
        writer.WriteStartObject("document");
        writer.WriteString("file_id", fileId);
        writer.WriteString("file_unique_id", "u" + fileId);
        writer.WriteString("file_name", file.FileName);
        writer.WriteNumber("file_size", file.Content.LongLength);
        writer.WriteEndObject();
        if (caption is not null)
        {
            writer.WriteString("caption", caption);
        }

        if (replyMarkup is { ValueKind: JsonValueKind.Object } markup && markup.TryGetProperty("inline_keyboard", out _))
        {
            writer.WritePropertyName("reply_markup");
            markup.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    public static void WriteBotMessage(
        Utf8JsonWriter writer, BotIdentity bot, long chatId, int messageId, long date, string text, JsonElement? replyMarkup, long? editDate = null)
    {
        writer.WriteStartObject();
        writer.WriteNumber("message_id", messageId);
        writer.WriteNumber("date", date);
        if (editDate is { } edited)
        {
            writer.WriteNumber("edit_date", edited);
        }

        writer.WritePropertyName("chat");
        WriteChat(writer, chatId, ChatTypes.FromId(chatId));
        writer.WritePropertyName("from");
        WriteBotUser(writer, bot);
        writer.WriteString("text", text);
        if (replyMarkup is { ValueKind: JsonValueKind.Object } markup && markup.TryGetProperty("inline_keyboard", out _))
        {
            writer.WritePropertyName("reply_markup");
            markup.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
