namespace BulletinBot.Features.EventQueries;

/// <summary>Why a search could not be run as typed.</summary>
public enum SearchProblem
{
    None,
    Empty,
    TooLong,
    NoWords,
}
