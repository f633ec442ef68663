using System.Globalization;

namespace BulletinBot.Bench.Broadcasting;

/// <summary>The bot's configuration for a run: in-memory keys for an in-process host, environment variables for a child.</summary>
public static class BotSettings
{
    public const string Token = "123456:BENCH";

    public static Dictionary<string, string?> For(BroadcastSettings run, Uri apiBaseUrl, string databasePath) => new()
    {
        ["BulletinBot:Telegram:Token"] = Token,
        ["BulletinBot:Telegram:ApiBaseUrl"] = apiBaseUrl.ToString(),
        ["BulletinBot:Http:Urls"] = "http://127.0.0.1:0",
        ["BulletinBot:Database:Path"] = databasePath,
        ["BulletinBot:Delivery:GlobalPerSecond"] = run.GlobalPerSecond.ToString(CultureInfo.InvariantCulture),
        ["BulletinBot:Delivery:PrivateChatPerSecond"] = run.PerChatPerSecond.ToString(CultureInfo.InvariantCulture),
        ["BulletinBot:Delivery:Unlimited"] = run.Unlimited ? "true" : "false",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public static Dictionary<string, string?> AsEnvironment(Dictionary<string, string?> settings)
    {
        var environment = settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
        environment["DOTNET_ENVIRONMENT"] = "Production";
        return environment;
    }
}
