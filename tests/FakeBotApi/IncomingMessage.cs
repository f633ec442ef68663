namespace BulletinBot.FakeBotApi;

internal sealed record IncomingMessage(
    long ChatId, int MessageId, long FromUserId, string Text, string ChatType, string? LanguageCode, string? FirstName, string? Username);
