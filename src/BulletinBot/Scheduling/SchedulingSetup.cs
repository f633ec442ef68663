using BulletinBot.Data;
using BulletinBot.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace BulletinBot.Scheduling;

public static class SchedulingSetup
{
    /// <summary>
    /// Quartz with its persistent ADO store on SQLite (Microsoft.Data.Sqlite), schema provisioned from the one embedded
    /// in Quartz.dll, job data stored as strings, clocked by the host's <see cref="TimeProvider"/>. Added after
    /// <c>AddData</c>, so migrations have run before the scheduler starts; it starts firing once the host has started.
    /// </summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section);
        builder.Services.AddSingleton<SchedulerFile>();
        builder.Services.AddSingleton<JobSchedule>();
        builder.Services.AddQuartz(q =>
        {
            q.AddJobListener<SchedulerLatenessListener>();
            q.UsePersistentStore(store =>
            {
                // The connection string is filled in below, when the container knows the configured paths.
                store.UseSqlite(_ => { });
                store.ProvisionSchema();
                store.ConfigureStore(o =>
                {
                    o.StoreJobDataAsStrings = true;
                    o.MisfireThreshold = TimeSpan.FromSeconds(30);
                });
            });
        });

        // "quartz" is the data source name Quartz gives the default scheduler's store.
        builder.Services.AddOptions<DataSourceOptions>("quartz")
            .Configure<SchedulerFile>((o, file) => o.ConnectionString = file.ConnectionString);
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        builder.Services.AddHealthChecks().AddCheck<SchedulerStartedCheck>("scheduler", tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(5));

        // Quartz's file holds every pending trigger: a backup copies it beside the database, a restore puts it back.
        builder.Services.AddSingleton(new BackedUpDatabase("quartz", sp => SchedulerFile.PathOf(
            sp.GetRequiredService<IOptions<SchedulingOptions>>().Value, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value)));

        // Quartz narrates its start-up at Information; its warnings and errors (a job that threw) are what an operator needs.
        builder.Logging.AddFilter("Quartz", LogLevel.Warning);
        return builder;
    }
}
