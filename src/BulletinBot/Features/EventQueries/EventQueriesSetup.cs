using BulletinBot.Articles;
using BulletinBot.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace BulletinBot.Features.EventQueries;

public static class EventQueriesSetup
{
    public static IHostApplicationBuilder AddEventQueries(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<ProvinceDirectory>();
        builder.Services.AddSingleton<OfficeDay>();
        builder.Services.AddSingleton<SearchTermStore>();
        builder.Services.AddSingleton<EventDetails>();
        builder.Services.AddSingleton<UpcomingList>();
        builder.Services.AddSingleton<RecentList>();
        builder.Services.AddSingleton<SearchList>();
        builder.Services.AddSingleton<IChatCommand, UpcomingCommand>();
        builder.Services.AddSingleton<IChatCommand, EventCommand>();
        builder.Services.AddSingleton<IChatCommand, SearchCommand>();
        builder.Services.AddSingleton<IChatCommand, RecentCommand>();
        builder.Services.AddSingleton<IChatCommand, StatsCommand>();
        builder.Services.AddSingleton<IChatCommand, ExportCommand>();
        builder.Services.AddSingleton<IButtonAction>(sp => sp.GetRequiredService<UpcomingList>());
        builder.Services.AddSingleton<IButtonAction>(sp => sp.GetRequiredService<RecentList>());
        builder.Services.AddSingleton<IButtonAction>(sp => sp.GetRequiredService<SearchList>());
        builder.Services.AddSingleton<IButtonAction, OpenEventButton>();
        builder.Services.AddSingleton<IButtonAction, CalendarButton>();
        return builder;
    }
}
