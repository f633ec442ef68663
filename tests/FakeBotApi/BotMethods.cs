using System.Text.Json;

namespace BulletinBot.FakeBotApi;

/// <summary>Answers each Bot API method by writing its <c>result</c> value, or returns Telegram's error.</summary>
internal sealed class BotMethods(
    FakeBotApiOptions options, MessageIds messageIds, UpdateQueue updates, GroupMembers members, StoredFiles files, WebhookState webhook, CancellationToken stopping)
{
    public ValueTask<MethodOutcome> InvokeAsync(ApiCall call, Utf8JsonWriter result, CancellationToken ct)
    {
        var bot = BotIdentity.FromToken(call.Token, options.BotUsername);
        switch (call.Kind)
        {
            case BotMethod.GetMe:
                TelegramJson.WriteBotUser(result, bot, full: true);
                return default;
            case BotMethod.GetUpdates:
                return GetUpdatesAsync(call.Body, result, ct);
            case BotMethod.GetChat:
                return new(GetChat(call.Body, result));
            case BotMethod.GetWebhookInfo:
                WriteWebhookInfo(result);
                return default;
            case BotMethod.SendMessage:
                return new(SendMessage(call, bot, result));
            case BotMethod.EditMessageText:
                return new(EditMessageText(call, bot, result));
            case BotMethod.GetChatMember:
                return new(GetChatMember(call.Body, result));
            case BotMethod.GetFile:
                return new(GetFile(call.Body, result));
            case BotMethod.SendDocument:
                return new(SendDocument(call, bot, result));
            case BotMethod.SetWebhook:
                return new(SetWebhook(call.Body, result));
            case BotMethod.DeleteWebhook:
                webhook.Current = null;
                if (BodyFields.Element(call.Body, "drop_pending_updates") is { ValueKind: JsonValueKind.True })
                {
                    updates.Clear();
                }

                result.WriteBooleanValue(true);
                return default;
            default:
                result.WriteBooleanValue(true);
                return default;
        }
    }

    private MethodOutcome SendMessage(ApiCall call, BotIdentity bot, Utf8JsonWriter result)
    {
        if (BodyFields.Int64(call.Body, "chat_id") is not { } chatId)
        {
            return new(ChatIdError(call.Body));
        }

        if (BodyFields.String(call.Body, "text") is not { Length: > 0 } text)
        {
            return new(ApiErrors.TextEmpty);
        }

        var parseMode = BodyFields.String(call.Body, "parse_mode");
        var replyMarkup = BodyFields.Element(call.Body, "reply_markup");
        var messageId = messageIds.Next(chatId);
        TelegramJson.WriteBotMessage(result, bot, chatId, messageId, call.At.ToUnixTimeSeconds(), text, replyMarkup);
        return new(Sent: new SentMessage(chatId, messageId, text, parseMode, replyMarkup, call.At));
    }

    // Multipart: the file arrives as a part of its own, every other field as text (reply_markup as a JSON string).
    private MethodOutcome SendDocument(ApiCall call, BotIdentity bot, Utf8JsonWriter result)
    {
        if (BodyFields.Int64(call.Body, "chat_id") is not { } chatId)
        {
            return new(ChatIdError(call.Body));
        }

        // The client names the file part and points to it: "document": "attach://0".
        var part = BodyFields.String(call.Body, "document") is { } value && value.StartsWith("attach://", StringComparison.Ordinal)
            ? value["attach://".Length..]
            : "document";
        if (call.Files.FirstOrDefault(f => f.Name == part) is not { } file)
        {
            return new(new ApiError(400, "Bad Request: there is no document in the request"));
        }

        if (file.Content.Length == 0)
        {
            return new(new ApiError(400, "Bad Request: file must be non-empty"));
        }

        var caption = BodyFields.String(call.Body, "caption");
        var parseMode = BodyFields.String(call.Body, "parse_mode");
        var replyMarkup = BodyFields.Element(call.Body, "reply_markup") is { ValueKind: JsonValueKind.String } markup
            ? JsonSerializer.Deserialize<JsonElement>(markup.GetString() ?? "null")
            : BodyFields.Element(call.Body, "reply_markup");
        var messageId = messageIds.Next(chatId);
        var fileId = files.Add(file.FileName, file.Content);
        TelegramJson.WriteBotDocumentMessage(result, bot, chatId, messageId, call.At.ToUnixTimeSeconds(), fileId, file, caption, replyMarkup);
        return new(Document: new SentDocument(chatId, messageId, file.FileName, file.Content, caption, parseMode, replyMarkup, call.At));
    }

    private static MethodOutcome EditMessageText(ApiCall call, BotIdentity bot, Utf8JsonWriter result)
    {
        if (BodyFields.String(call.Body, "text") is not { Length: > 0 } text)
        {
            return new(ApiErrors.TextEmpty);
        }

        if (BodyFields.String(call.Body, "inline_message_id") is not null)
        {
            result.WriteBooleanValue(true);
            return default;
        }

        if (BodyFields.Int64(call.Body, "chat_id") is not { } chatId)
        {
            return new(ChatIdError(call.Body));
        }

        if (BodyFields.Int64(call.Body, "message_id") is not { } longId || longId is <= 0 or > int.MaxValue)
        {
            return new(ApiErrors.MessageIdInvalid);
        }

        var messageId = (int)longId;
        var parseMode = BodyFields.String(call.Body, "parse_mode");
        var replyMarkup = BodyFields.Element(call.Body, "reply_markup");
        var now = call.At.ToUnixTimeSeconds();
        TelegramJson.WriteBotMessage(result, bot, chatId, messageId, now, text, replyMarkup, editDate: now);
        return new(Edited: new EditedMessage(chatId, messageId, text, parseMode, replyMarkup, call.At));
    }

    private MethodOutcome GetChatMember(JsonElement body, Utf8JsonWriter result)
    {
        if (BodyFields.Int64(body, "chat_id") is not { } chatId || BodyFields.Int64(body, "user_id") is not { } userId)
        {
            return new(ApiErrors.ChatIdEmpty);
        }

        var status = members.StatusOf(chatId, userId);
        result.WriteStartObject();
        result.WriteString("status", status);
        result.WritePropertyName("user");
        TelegramJson.WriteUser(result, userId, firstName: null, username: null, languageCode: null);
        if (status is "creator" or "administrator")
        {
            result.WriteBoolean("is_anonymous", false);
        }

        result.WriteEndObject();
        return default;
    }

    private MethodOutcome GetFile(JsonElement body, Utf8JsonWriter result)
    {
        if (BodyFields.String(body, "file_id") is not { } fileId || files.Find(fileId) is not { } file)
        {
            return new(new ApiError(400, "Bad Request: invalid file_id"));
        }

        result.WriteStartObject();
        result.WriteString("file_id", fileId);
        result.WriteString("file_unique_id", "u" + fileId);
        result.WriteNumber("file_size", file.Size);
        result.WriteString("file_path", file.Path);
        result.WriteEndObject();
        return default;
    }

    private static MethodOutcome GetChat(JsonElement body, Utf8JsonWriter result)
    {
        if (BodyFields.Int64(body, "chat_id") is not { } chatId)
        {
            return new(ChatIdError(body));
        }

        TelegramJson.WriteChatFullInfo(result, chatId);
        return default;
    }

    // Telegram refuses a webhook it cannot post to: only https, and only to its four ports.
    private MethodOutcome SetWebhook(JsonElement body, Utf8JsonWriter result)
    {
        var url = BodyFields.String(body, "url") ?? "";
        if (url.Length == 0)
        {
            webhook.Current = null;
            result.WriteBooleanValue(true);
            return default;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme != Uri.UriSchemeHttps)
        {
            return new(new ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"));
        }

        if (address.Port is not (443 or 80 or 88 or 8443))
        {
            return new(new ApiError(400, "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443"));
        }

        var allowed = BodyFields.Element(body, "allowed_updates") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Select(e => e.GetString() ?? "").ToArray()
            : null;
        var drop = BodyFields.Element(body, "drop_pending_updates") is { ValueKind: JsonValueKind.True };
        if (drop)
        {
            updates.Clear();
        }

        var maxConnections = BodyFields.Int64(body, "max_connections") is { } max ? (int)max : (int?)null;
        webhook.Current = new WebhookRegistration(url, BodyFields.String(body, "secret_token"), allowed, drop, maxConnections);
        result.WriteBooleanValue(true);
        return default;
    }

    private async ValueTask<MethodOutcome> GetUpdatesAsync(JsonElement body, Utf8JsonWriter result, CancellationToken ct)
    {
        if (webhook.Current is not null)
        {
            return new(new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"));
        }

        var offset = BodyFields.Int64(body, "offset") ?? 0;
        var limit = (int)Math.Clamp(BodyFields.Int64(body, "limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Max(0, BodyFields.Int64(body, "timeout") ?? 0));
        var wait = timeout < options.MaxLongPoll ? timeout : options.MaxLongPoll;
        using var waitEnds = CancellationTokenSource.CreateLinkedTokenSource(ct, stopping);
        var taken = await updates.TakeAsync(offset, limit, wait, waitEnds.Token).ConfigureAwait(false);
        result.WriteStartArray();
        foreach (var update in taken)
        {
            result.WriteRawValue(update, skipInputValidation: true);
        }

        result.WriteEndArray();
        return default;
    }

    private void WriteWebhookInfo(Utf8JsonWriter result)
    {
        result.WriteStartObject();
        result.WriteString("url", webhook.Current?.Url ?? "");
        result.WriteBoolean("has_custom_certificate", false);
        result.WriteNumber("pending_update_count", updates.Count);
        result.WriteEndObject();
    }

    // "@channel" names are not chats the fake knows; a missing id is Telegram's "chat_id is empty".
    private static ApiError ChatIdError(JsonElement body) =>
        BodyFields.String(body, "chat_id") is { Length: > 0 } ? new ApiError(400, "Bad Request: chat not found") : ApiErrors.ChatIdEmpty;
}
