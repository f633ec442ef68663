namespace BulletinBot.Chat;

/// <summary>
/// A file sent with a reply, as its own message: <paramref name="Content"/> is read from its start when the reply is
/// queued, then disposed (a temporary file may delete itself on close). <paramref name="Caption"/> stays within 1024 letters.
/// </summary>
public sealed record ReplyDocument(string FileName, Stream Content, Html Caption);
