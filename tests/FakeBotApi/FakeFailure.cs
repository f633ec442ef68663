using System.Globalization;

namespace BulletinBot.FakeBotApi;

public sealed class FakeFailure
{
    private FakeFailure(ApiError? answer, bool drop = false, TimeSpan delay = default)
    {
        Answer = answer;
        DropsConnection = drop;
        AnswerDelay = delay;
    }

    internal ApiError? Answer { get; }

    internal bool DropsConnection { get; }

    internal TimeSpan AnswerDelay { get; }

    public static FakeFailure TooManyRequests(int retryAfter) =>
        new(ApiErrors.TooManyRequests(retryAfter));

    /// <summary>What Telegram answers every call made with a revoked or unknown token.</summary>
    public static FakeFailure Unauthorized() => new(new ApiError(401, "Unauthorized"));

    public static FakeFailure Forbidden(string description = "Forbidden: bot was blocked by the user") =>
        new(new ApiError(403, description));

    public static FakeFailure Migrated(long newChatId) =>
        new(new ApiError(400, "Bad Request: group chat was upgraded to a supergroup chat", MigrateToChatId: newChatId));

    /// <summary>Pass Telegram's whole description, e.g. "Bad Request: chat not found".</summary>
    public static FakeFailure BadRequest(string description) => new(new ApiError(400, description));

    public static FakeFailure ServerError(int status = 500) => new(new ApiError(status, ApiErrors.ServerErrorDescription(status)));

    /// <summary>Aborts the connection without any answer.</summary>
    public static FakeFailure Drop() => new(null, drop: true);

    /// <summary>Answers normally, but only after the delay.</summary>
    public static FakeFailure Delay(TimeSpan delay) => new(null, delay: delay);

    public override string ToString() => this switch
    {
        { DropsConnection: true } => "drop",
        { Answer: { } answer } => string.Create(CultureInfo.InvariantCulture, $"{answer.StatusCode} {answer.Description}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"delay {AnswerDelay.TotalMilliseconds} ms"),
    };
}
