using BulletinBot.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BulletinBot.Features.Settings;

public static class SettingsSetup
{
    public static IHostApplicationBuilder AddSettings(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SettingsCard>();
        builder.Services.AddSingleton<IChatCommand, SettingsCommand>();
        builder.Services.AddSingleton<IButtonAction, LanguageButton>();
        builder.Services.AddSingleton<IButtonAction, FilterButton>();
        builder.Services.AddSingleton<IButtonAction, ReminderSwitchButton>();
        builder.Services.AddSingleton<IButtonAction, DigestSlotButton>();
        return builder;
    }
}
