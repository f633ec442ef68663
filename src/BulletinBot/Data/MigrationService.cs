using Microsoft.Extensions.Hosting;

namespace BulletinBot.Data;

/// <summary>Registered first, so the schema is current before any receiver or sender starts.</summary>
public sealed class MigrationService(DatabaseMigrator migrator) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) => await migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
