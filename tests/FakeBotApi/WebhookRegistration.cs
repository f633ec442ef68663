namespace BulletinBot.FakeBotApi;

/// <summary>What the bot asked for in its last setWebhook call.</summary>
public sealed record WebhookRegistration(string Url, string? SecretToken, IReadOnlyList<string>? AllowedUpdates, bool DropPendingUpdates, int? MaxConnections);
