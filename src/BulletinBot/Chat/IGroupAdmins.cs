namespace BulletinBot.Chat;

/// <summary>Whether a member of a group is one of its administrators, as the transport knows it.</summary>
public interface IGroupAdmins
{
    Task<bool> IsAdminAsync(long chatId, long userId, CancellationToken ct);
}
