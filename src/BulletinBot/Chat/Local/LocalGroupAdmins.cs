namespace BulletinBot.Chat.Local;

/// <summary>The terminal has one private chat and no groups, so nobody is ever asked to be a group administrator.</summary>
public sealed class LocalGroupAdmins : IGroupAdmins
{
    public Task<bool> IsAdminAsync(long chatId, long userId, CancellationToken ct) => Task.FromResult(true);
}
