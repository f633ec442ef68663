namespace BulletinBot.Tests.Http;

/// <summary>Tests that read /metrics run alone: every bot in the process feeds the same meter name.</summary>
[CollectionDefinition(nameof(MetricsRunAlone), DisableParallelization = true)]
public sealed class MetricsRunAlone;
