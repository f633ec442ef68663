namespace BulletinBot.Bench.Broadcasting;

/// <summary>How a run ended: whether every row was sent in time, how long it took from the enqueue, and how often the bot was killed.</summary>
public sealed record RunOutcome(bool Completed, TimeSpan Enqueue, TimeSpan Elapsed, int Kills);
