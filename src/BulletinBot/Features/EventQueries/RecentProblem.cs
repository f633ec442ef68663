namespace BulletinBot.Features.EventQueries;

/// <summary>Why /recent's argument could not be read.</summary>
public enum RecentProblem
{
    None,
    BadCount,
    BadDays,
    UnknownPlace,
}
