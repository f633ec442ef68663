using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace BulletinBot.FakeBotApi;

/// <summary>Turns whatever the client posted (JSON, form fields or query parameters) into one JSON object.</summary>
internal static class RequestBody
{
    public static JsonElement Empty { get; } = JsonSerializer.Deserialize<JsonElement>("{}"u8);

    /// <returns>The decoded body, or null when it is not valid JSON.</returns>
    public static async Task<JsonElement?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct).ConfigureAwait(false);
            return FromFields(form.Concat(form.Files.Select(f => KeyValuePair.Create(f.Name, new StringValues(f.FileName)))));
        }

        var bytes = await ReadAllAsync(request, ct).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return request.Query.Count == 0 ? Empty : FromFields(request.Query);
        }

        try
        {
            return JsonSerializer.Deserialize<JsonElement>(bytes);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<byte[]> ReadAllAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength is long length and <= 16 * 1024 * 1024)
        {
            var exact = new byte[length];
            await request.Body.ReadExactlyAsync(exact, ct).ConfigureAwait(false);
            return exact;
        }

        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy, ct).ConfigureAwait(false);
        return copy.ToArray();
    }

    private static JsonElement FromFields(IEnumerable<KeyValuePair<string, StringValues>> fields)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, values) in fields)
            {
                writer.WriteString(name, values.ToString());
            }

            writer.WriteEndObject();
        }

        return JsonSerializer.Deserialize<JsonElement>(buffer.WrittenSpan);
    }
}
