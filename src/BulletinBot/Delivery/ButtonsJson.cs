using System.Text.Json;
using BulletinBot.Chat;

namespace BulletinBot.Delivery;

/// <summary>Inline buttons as they are kept in the outbox.</summary>
public static class ButtonsJson
{
    public static string? Write(IReadOnlyList<IReadOnlyList<ReplyButton>> rows) =>
        rows.Count == 0 ? null : JsonSerializer.Serialize(rows.Select(r => r.Select(b => new[] { b.Label, b.Data })));

    public static IReadOnlyList<IReadOnlyList<ReplyButton>> Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        var rows = JsonSerializer.Deserialize<string[][][]>(json) ?? [];
        return [.. rows.Select(r => (IReadOnlyList<ReplyButton>)[.. r.Select(b => new ReplyButton(b[0], b[1]))])];
    }
}
