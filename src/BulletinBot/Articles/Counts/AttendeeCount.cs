namespace BulletinBot.Articles.Counts;

/// <summary>How many people attended; <paramref name="AtLeast"/> for `hơn`/`trên` (more than the number written).</summary>
internal sealed record AttendeeCount(int Count, bool AtLeast);
