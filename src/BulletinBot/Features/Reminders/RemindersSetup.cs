using BulletinBot.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BulletinBot.Features.Reminders;

public static class RemindersSetup
{
    public static IHostApplicationBuilder AddReminders(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RemindersOptions>().BindConfiguration(RemindersOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.HasValidOffsets(), "BulletinBot:Reminders:Offsets must each be more than 0 and at most 30 days, e.g. [\"1.00:00:00\", \"01:00:00\"]")
            .ValidateOnStart();
        builder.Services.AddSingleton<EventReminderStore>();
        builder.Services.AddSingleton<ReminderStore>();
        builder.Services.AddSingleton<ReminderScheduler>();
        builder.Services.AddSingleton<EventReminders>();
        builder.Services.AddSingleton<PersonalReminders>();
        builder.Services.AddSingleton<ReminderBooking>();
        builder.Services.AddSingleton<ReminderList>();
        builder.Services.AddSingleton<IChatCommand, RemindCommand>();
        builder.Services.AddSingleton<IChatCommand, RemindersCommand>();
        builder.Services.AddSingleton<IButtonAction, RemindMeButton>();
        builder.Services.AddSingleton<IButtonAction, SnoozeButton>();
        builder.Services.AddSingleton<IButtonAction, ReminderDeleteButton>();
        builder.Services.AddHostedService<ReminderRecovery>();
        return builder;
    }
}
