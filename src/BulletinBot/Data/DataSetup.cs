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
        builder.Services.AddSingleton<DatabaseMigrator>();
        builder.Services.AddSingleton<ServiceState>();
        builder.Services.AddHostedService<MigrationService>();
        builder.Services.AddSingleton<DatabaseFileWatch>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseFileWatch>());
        return builder;
    }
}
