namespace BulletinBot.Data;

/// <summary>Instants are stored as Unix milliseconds (UTC): they sort, compare in SQL and need no Dapper type handler.</summary>
public static class UnixTime
{
    public static long Ms(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    public static DateTimeOffset From(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static long NowMs(this TimeProvider time) => time.GetUtcNow().ToUnixTimeMilliseconds();
}
