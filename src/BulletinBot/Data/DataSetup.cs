using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BulletinBot.Data;

public static class DataSetup
{
    public static IHostApplicationBuilder AddData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabasePathRules>();
        builder.Services.AddSingleton<SqliteConnectionFactory>();

        // First of the hosted services: no bot touches a database while a restore replaces it.
        builder.Services.AddSingleton<DatabaseLease>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseLease>());
        builder.Services.AddSingleton<DatabaseBackup>();
        builder.Services.AddSingleton<DatabaseMigrator>();
        builder.Services.AddSingleton<ServiceState>();
        builder.Services.AddHostedService<MigrationService>();
        builder.Services.AddSingleton<DatabaseFileWatch>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseFileWatch>());
        return builder;
    }
}
