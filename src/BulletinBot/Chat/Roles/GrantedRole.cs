namespace BulletinBot.Chat.Roles;

public sealed record GrantedRole
{
    public long UserId { get; init; }

    public string Role { get; init; } = "";

    public string? Username { get; init; }

    public string? FirstName { get; init; }

    public long At { get; init; }
}
