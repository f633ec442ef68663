namespace BulletinBot.Chat;

/// <summary>What the router needs to know of a family of inline buttons, whose data all start with <paramref name="Prefix"/> and a colon.</summary>
/// <param name="ReopenWith">The command that draws these buttons afresh, named when a press comes from an out-of-date message.</param>
public sealed record ButtonInfo(string Prefix, Role Role, string ReopenWith)
{
    /// <summary>Changes what a whole chat receives: in a group only the group's administrators may press it.</summary>
    public bool ChangesChat { get; init; }
}
