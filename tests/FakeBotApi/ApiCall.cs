using System.Text.Json;

namespace BulletinBot.FakeBotApi;

/// <param name="Files">Files uploaded with a multipart request, by field name.</param>
internal sealed record ApiCall(string Method, BotMethod Kind, string Token, JsonElement Body, DateTimeOffset At, IReadOnlyList<UploadedFile> Files);
