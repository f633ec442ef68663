namespace BulletinBot.Delivery;

/// <summary>A file sent as a Telegram document; <paramref name="Content"/> is read once, from its start.</summary>
public sealed record OutgoingDocument(string FileName, Stream Content);
