namespace BulletinBot.Features.Digest;

/// <summary>A chat's digest choice: its own <paramref name="Slot"/>, the common one (null), or none at all.</summary>
public sealed record ChatDigestChoice(DigestSlot? Slot, bool Off);
