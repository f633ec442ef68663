namespace BulletinBot.Features.Digest;

/// <summary>What a digest run did: chats newly queued, chats that had this week's digest already, and chats left out.</summary>
public sealed record DigestRun(string Week, int Queued, int SentBefore, int LeftOut);
