namespace BulletinBot.Chat;

/// <summary>A file attached to a message; <paramref name="FileId"/> is the transport's handle to download it.</summary>
public sealed record ChatDocument(string FileId, string? FileName, string? MimeType, long? Size);
