namespace BulletinBot.Bench.Broadcasting;

/// <summary>How a run ended: whether every row was recorded sent in time, when the enqueue committed, and how often the bot was killed.</summary>
public sealed record RunOutcome(bool Completed, TimeSpan Enqueue, DateTimeOffset EnqueuedAt, int Kills);
