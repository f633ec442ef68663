using System.Globalization;

namespace BulletinBot.FakeBotApi;

internal static class ApiErrors
{
    public static ApiError TooManyRequests(int retryAfter) =>
        new(429, string.Create(CultureInfo.InvariantCulture, $"Too Many Requests: retry after {retryAfter}"), RetryAfter: retryAfter);

    public static ApiError ChatIdEmpty { get; } = new(400, "Bad Request: chat_id is empty");

    public static ApiError TextEmpty { get; } = new(400, "Bad Request: message text is empty");

    public static ApiError MessageIdInvalid { get; } = new(400, "Bad Request: message identifier is not specified");

    public static ApiError InvalidJson { get; } = new(400, "Bad Request: can't parse JSON object");

    public static string ServerErrorDescription(int status) => status switch
    {
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Internal Server Error",
    };
}
