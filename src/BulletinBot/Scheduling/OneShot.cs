using Quartz;

namespace BulletinBot.Scheduling;

/// <summary>One firing of a job at <paramref name="At"/>, under a stable trigger name, carrying the ids the job reads.</summary>
public sealed record OneShot(TriggerKey Trigger, DateTimeOffset At, IReadOnlyDictionary<string, string> Data);
