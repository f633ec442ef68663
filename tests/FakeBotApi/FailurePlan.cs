namespace BulletinBot.FakeBotApi;

/// <summary>Failures tests asked for: the next few calls of a method, every call about one chat, or every call at all.</summary>
internal sealed class FailurePlan
{
    private readonly Lock _gate = new();
    private readonly List<PlannedFailure> _next = [];
    private readonly Dictionary<long, FakeFailure> _alwaysByChat = [];
    private FakeFailure? _everything;
    private volatile bool _any;

    public void FailNext(string method, FakeFailure failure, long? chatId, int times)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_gate)
        {
            _next.Add(new PlannedFailure(method, failure, chatId, times));
            _any = true;
        }
    }

    public void AlwaysFail(long chatId, FakeFailure failure)
    {
        lock (_gate)
        {
            _alwaysByChat[chatId] = failure;
            _any = true;
        }
    }

    /// <summary>Fails every call of every method until called again with null, e.g. a token Telegram revoked.</summary>
    public void FailEverything(FakeFailure? failure)
    {
        lock (_gate)
        {
            _everything = failure;
            _any = _everything is not null || _next.Count > 0 || _alwaysByChat.Count > 0;
        }
    }

    public FakeFailure? Take(string method, long? chatId)
    {
        if (!_any)
        {
            return null;
        }

        lock (_gate)
        {
            if (_everything is { } everything)
            {
                return everything;
            }

            var index = _next.FindIndex(p =>
                string.Equals(p.Method, method, StringComparison.OrdinalIgnoreCase) && (p.ChatId is null || p.ChatId == chatId));
            if (index >= 0)
            {
                var planned = _next[index];
                if (--planned.TimesLeft == 0)
                {
                    _next.RemoveAt(index);
                    _any = _everything is not null || _next.Count > 0 || _alwaysByChat.Count > 0;
                }

                return planned.Failure;
            }

            return chatId is { } id && _alwaysByChat.TryGetValue(id, out var always) ? always : null;
        }
    }

    private sealed class PlannedFailure(string method, FakeFailure failure, long? chatId, int times)
    {
        public string Method { get; } = method;

        public FakeFailure Failure { get; } = failure;

        public long? ChatId { get; } = chatId;

        public int TimesLeft { get; set; } = times;
    }
}
