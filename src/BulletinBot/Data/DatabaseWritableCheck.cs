using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BulletinBot.Data;

/// <summary>
/// Ready when the database takes a write within a few seconds: a row in service_state is rewritten, which needs the
/// file present, writable and not locked by another program for longer than that.
/// </summary>
public sealed class DatabaseWritableCheck(ServiceState state, TimeProvider time) : IHealthCheck
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var now = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
            await state.WriteAsync(ServiceState.ReadinessProbe, now, LongestWait, cancellationToken);
            return HealthCheckResult.Healthy("writable");
        }
        catch (SqliteException ex)
        {
            return HealthCheckResult.Unhealthy($"not writable: SQLite error {ex.SqliteErrorCode} ({ex.SqliteExtendedErrorCode})");
        }
    }
}
