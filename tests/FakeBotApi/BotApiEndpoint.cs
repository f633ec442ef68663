using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace BulletinBot.FakeBotApi;

/// <summary>Serves <c>/bot{token}/{method}</c>: injected failures first, then flood limits, then the method itself.</summary>
internal sealed class BotApiEndpoint(
    BotMethods methods, CallLog log, FailurePlan failures, TelegramRateLimiter? limiter, TimeProvider time, bool echoPath, CancellationToken stopping)
{
    private const string JsonContentType = "application/json";

    public async Task HandleAsync(HttpContext context)
    {
        if (!TryParsePath(context.Request.Path.Value, out var token, out var method))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        log.Arrived(method);
        var at = time.GetUtcNow();
        var ct = context.RequestAborted;
        if (await RequestBody.ReadAsync(context.Request, ct).ConfigureAwait(false) is not { } body)
        {
            await AnswerErrorAsync(context, new RecordedCall(method, token, RequestBody.Empty, at, 400), ApiErrors.InvalidJson).ConfigureAwait(false);
            return;
        }

        var files = await UploadedFile.ReadAllAsync(context.Request, ct).ConfigureAwait(false);
        var chatId = BodyFields.Int64(body, "chat_id");
        if (failures.Take(method, chatId) is { } failure)
        {
            if (failure.DropsConnection)
            {
                log.Record(new RecordedCall(method, token, body, at, 0));
                context.Abort();
                return;
            }

            if (failure.Answer is { } answer)
            {
                await AnswerErrorAsync(context, new RecordedCall(method, token, body, at, answer.StatusCode), answer).ConfigureAwait(false);
                return;
            }

            await Task.Delay(failure.AnswerDelay, stopping).ConfigureAwait(false);
        }

        var kind = BotMethodNames.Parse(method);
        if (limiter is not null && BotMethodNames.IsRateLimited(kind) && limiter.TryAcquire(chatId) is { } retryAfter)
        {
            await AnswerErrorAsync(context, new RecordedCall(method, token, body, at, 429), ApiErrors.TooManyRequests(retryAfter)).ConfigureAwait(false);
            return;
        }

        var buffer = new ArrayBufferWriter<byte>(512);
        MethodOutcome outcome;
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("ok", true);
            writer.WritePropertyName("result");
            outcome = await methods.InvokeAsync(new ApiCall(method, kind, token, body, at, files), writer, ct).ConfigureAwait(false);
            if (outcome.Error is null)
            {
                writer.WriteEndObject();
            }
        }

        if (outcome.Error is { } error)
        {
            await AnswerErrorAsync(context, new RecordedCall(method, token, body, at, error.StatusCode), error).ConfigureAwait(false);
            return;
        }

        log.Record(new RecordedCall(method, token, body, at, StatusCodes.Status200OK), outcome.Sent, outcome.Edited, outcome.Document);
        await WriteAsync(context, StatusCodes.Status200OK, buffer).ConfigureAwait(false);
    }

    private async Task AnswerErrorAsync(HttpContext context, RecordedCall call, ApiError error)
    {
        if (echoPath)
        {
            error = error with { Description = $"{error.Description} (POST {context.Request.Path})" };
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            TelegramJson.WriteError(writer, error);
        }

        log.Record(call);
        await WriteAsync(context, error.StatusCode, buffer).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpContext context, int statusCode, ArrayBufferWriter<byte> buffer)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = JsonContentType;
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    private static bool TryParsePath(string? path, out string token, out string method)
    {
        token = method = "";
        if (path is null || !path.StartsWith("/bot", StringComparison.Ordinal))
        {
            return false;
        }

        var slash = path.IndexOf('/', 4);
        if (slash <= 4 || slash == path.Length - 1 || path.IndexOf('/', slash + 1) >= 0)
        {
            return false;
        }

        token = path[4..slash];
        method = path[(slash + 1)..];
        return true;
    }
}
