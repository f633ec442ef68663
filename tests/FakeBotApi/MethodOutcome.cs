namespace BulletinBot.FakeBotApi;

internal readonly record struct MethodOutcome(ApiError? Error = null, SentMessage? Sent = null, EditedMessage? Edited = null, SentDocument? Document = null);
