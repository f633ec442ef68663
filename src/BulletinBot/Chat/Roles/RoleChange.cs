namespace BulletinBot.Chat.Roles;

/// <summary>One line of the role audit: who changed whose role, how, and when.</summary>
public sealed record RoleChange
{
    public long ActorUserId { get; init; }

    public string? ActorUsername { get; init; }

    public long TargetUserId { get; init; }

    public string? TargetUsername { get; init; }

    public string Change { get; init; } = "";

    public string Role { get; init; } = "";

    public long At { get; init; }
}
