using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using OpenTelemetry.Metrics;

namespace BulletinBot.Http;

/// <summary>/healthz (the process answers), /readyz (every readiness check passes) and /metrics (Prometheus text).</summary>
public sealed class HealthEndpoints(MeterProvider meters) : IWebEndpoints
{
    public void MapTo(IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Live) });
        routes.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Ready),
            ResponseWriter = ReadinessReport.WriteAsync,
        });
        routes.MapPrometheusScrapingEndpoint("/metrics", meters, configureBranchedPipeline: null, optionsName: null);
    }
}
