using System.Globalization;
using System.Text;

namespace BulletinBot.FakeBotApi;

/// <summary>Everything the fake answered, plus a signal pulsed on each record so tests can wait without sleeping.</summary>
internal sealed class CallLog
{
    private readonly Lock _gate = new();
    private readonly List<RecordedCall> _calls = [];
    private readonly List<SentMessage> _sent = [];
    private readonly List<EditedMessage> _edited = [];
    private readonly List<SentDocument> _documents = [];
    private readonly Dictionary<string, int> _countByMethod = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _arrivedByMethod = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, int> _sentCountByChat = [];
    private readonly HashSet<(long ChatId, string Text)> _sentPairs = [];
    private TaskCompletionSource? _changed;

    public int DuplicateCount { get; private set; }

    public int TooManyRequestsCount { get; private set; }

    /// <summary>Counts a request as it arrives, before any delay or failure the test planned for it.</summary>
    public void Arrived(string method)
    {
        lock (_gate)
        {
            _arrivedByMethod[method] = _arrivedByMethod.GetValueOrDefault(method) + 1;
        }
    }

    public int CountArrived(string method)
    {
        lock (_gate)
        {
            return _arrivedByMethod.GetValueOrDefault(method);
        }
    }

    public void Record(RecordedCall call, SentMessage? sent = null, EditedMessage? edited = null, SentDocument? document = null)
    {
        TaskCompletionSource? changed;
        lock (_gate)
        {
            _calls.Add(call);
            _countByMethod[call.Method] = _countByMethod.GetValueOrDefault(call.Method) + 1;
            if (call.StatusCode == 429)
            {
                TooManyRequestsCount++;
            }

            if (sent is not null)
            {
                _sent.Add(sent);
                _sentCountByChat[sent.ChatId] = _sentCountByChat.GetValueOrDefault(sent.ChatId) + 1;
                if (!_sentPairs.Add((sent.ChatId, sent.Text)))
                {
                    DuplicateCount++;
                }
            }

            if (edited is not null)
            {
                _edited.Add(edited);
            }

            if (document is not null)
            {
                _documents.Add(document);
            }

            changed = _changed;
            _changed = null;
        }

        changed?.TrySetResult();
    }

    public IReadOnlyList<RecordedCall> Calls => Snapshot(_calls);

    public IReadOnlyList<SentMessage> SentMessages => Snapshot(_sent);

    public IReadOnlyList<EditedMessage> EditedMessages => Snapshot(_edited);

    public IReadOnlyList<SentDocument> SentDocuments => Snapshot(_documents);

    public IReadOnlyDictionary<long, int> SentCountByChat
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<long, int>(_sentCountByChat);
            }
        }
    }

    public int Count(string method)
    {
        lock (_gate)
        {
            return _countByMethod.GetValueOrDefault(method);
        }
    }

    public Task<IReadOnlyList<SentMessage>> WaitForMessagesAsync(Func<SentMessage, bool> match, int count, TimeSpan timeout) =>
        WaitForAsync(_sent, match, count, timeout, () => DescribeSent(match, count, timeout));

    public Task<IReadOnlyList<SentDocument>> WaitForDocumentsAsync(Func<SentDocument, bool> match, int count, TimeSpan timeout) =>
        WaitForAsync(_documents, match, count, timeout, () => DescribeCalls("sendDocument", timeout));

    public async Task WaitForCallAsync(string method, Func<RecordedCall, bool>? match, TimeSpan timeout) =>
        await WaitForAsync(
                _calls,
                call => string.Equals(call.Method, method, StringComparison.OrdinalIgnoreCase) && (match?.Invoke(call) ?? true),
                1,
                timeout,
                () => DescribeCalls(method, timeout))
            .ConfigureAwait(false);

    // Scans only what arrived since the last wake-up, so waiting for many messages stays linear.
    private async Task<IReadOnlyList<T>> WaitForAsync<T>(List<T> source, Func<T, bool> match, int count, TimeSpan timeout, Func<string> describe)
    {
        var found = new List<T>();
        var scanned = 0;
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            T[] arrived;
            Task changed;
            lock (_gate)
            {
                arrived = source.GetRange(scanned, source.Count - scanned).ToArray();
                scanned = source.Count;
                _changed ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                changed = _changed.Task;
            }

            found.AddRange(arrived.Where(match));
            if (found.Count >= count)
            {
                return found;
            }

            var remaining = timeout - TimeProvider.System.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException(describe());
            }

            try
            {
                await changed.WaitAsync(remaining).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // One more scan decides; the next pass throws with the full story.
            }
        }
    }

    private string DescribeSent(Func<SentMessage, bool> match, int count, TimeSpan timeout)
    {
        var sent = SentMessages;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Expected {count} matching sent message(s) within {timeout.TotalSeconds:0.###} s, ");
        text.Append(CultureInfo.InvariantCulture, $"found {sent.Count(match)}. {sent.Count} sent in all");
        AppendLast(text, sent.Select(m => string.Create(CultureInfo.InvariantCulture, $"chat {m.ChatId} #{m.MessageId}: {Shorten(m.Text)}")));
        AppendCalls(text);
        return text.ToString();
    }

    private string DescribeCalls(string method, TimeSpan timeout)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Expected a matching {method} call within {timeout.TotalSeconds:0.###} s");
        AppendCalls(text);
        return text.ToString();
    }

    private void AppendCalls(StringBuilder text)
    {
        var calls = Calls;
        text.Append(CultureInfo.InvariantCulture, $"; {calls.Count} call(s) recorded");
        AppendLast(text, calls.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Method} → {c.StatusCode} {Shorten(c.Body.GetRawText())}")));
    }

    private static void AppendLast(StringBuilder text, IEnumerable<string> lines)
    {
        var last = lines.TakeLast(20).ToList();
        text.Append(last.Count == 0 ? "." : ", the last of them:");
        foreach (var line in last)
        {
            text.Append("\n  ").Append(line);
        }
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 117), "...");

    private T[] Snapshot<T>(List<T> source)
    {
        lock (_gate)
        {
            return [.. source];
        }
    }
}
