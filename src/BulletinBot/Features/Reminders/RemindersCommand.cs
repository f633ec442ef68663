using BulletinBot.Chat;

namespace BulletinBot.Features.Reminders;

/// <summary>/reminders: the personal reminders still to come, each with a button to delete it.</summary>
public sealed class RemindersCommand(ReminderList list) : IChatCommand
{
    public CommandInfo Info { get; } = new("reminders", Role.Staff, "/reminders",
        "Các nhắc riêng đang chờ", "Your pending reminders") { Order = 26, PrivateOnly = true };

    public Task<Reply> HandleAsync(CommandContext context, CancellationToken ct) =>
        list.DrawAsync(context.ChatId, context.Language, replaces: false, notice: null, ct);
}
