using BulletinBot.Chat;

namespace BulletinBot.Features.Settings;

public sealed class SettingsCommand(SettingsCard card) : IChatCommand
{
    public CommandInfo Info { get; } = new("settings", Role.Staff, "/settings",
        "Xem và đổi ngôn ngữ, bộ lọc, cài đặt", "See and change language, filters and settings") { Order = 30, Featured = true };

    public Task<Reply> HandleAsync(CommandContext context, CancellationToken ct) =>
        card.DrawAsync(context.ChatId, context.Language, replacesPressed: false, notice: null, ct);
}
