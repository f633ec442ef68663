namespace BulletinBot.FakeBotApi;

public sealed class FakeBotApiOptions
{
    public string BotUsername { get; init; } = "bulletin_test_bot";

    public long FirstUpdateId { get; init; } = 1;

    /// <summary>Cap on a getUpdates long poll, whatever timeout the client asks for, so tests stay quick.</summary>
    public TimeSpan MaxLongPoll { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Telegram-like flood limits; null (the default) accepts everything.</summary>
    public FakeRateLimits? Limits { get; init; }

    /// <summary>
    /// Appends the request path (with the token in it) to every error description, as some proxies and self-hosted Bot
    /// API servers do; for proving the bot never logs or shows the token.
    /// </summary>
    public bool EchoPathInErrors { get; init; }

    /// <summary>Clock for message dates, call times and rate-limit windows; delays and long polls use wall-clock time.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
