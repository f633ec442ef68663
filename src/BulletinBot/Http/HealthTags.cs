namespace BulletinBot.Http;

/// <summary>
/// The two health endpoints. A room that must be up before the bot is ready adds its own check with
/// <c>builder.Services.AddHealthChecks().AddCheck&lt;T&gt;(name, tags: [HealthTags.Ready])</c>.
/// </summary>
public static class HealthTags
{
    /// <summary>/healthz: the process lives and answers.</summary>
    public const string Live = "live";

    /// <summary>/readyz: the bot can do its work (database writable, Telegram reachable, …).</summary>
    public const string Ready = "ready";
}
