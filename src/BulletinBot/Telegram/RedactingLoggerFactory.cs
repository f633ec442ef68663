using System.Collections;
using Microsoft.Extensions.Logging;

namespace BulletinBot.Telegram;

/// <summary>
/// Every logger of the host, whatever its providers (console, JSON, a collector): each message, each structured value
/// and each exception's text passes through <see cref="TokenRedactor"/> before a provider sees it.
/// </summary>
public sealed class RedactingLoggerFactory(ILoggerFactory inner, TokenRedactor redactor) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName), redactor);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    private sealed class RedactingLogger(ILogger inner, TokenRedactor redactor) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            var message = redactor.Redact(formatter(state, exception));
            var values = state is IReadOnlyList<KeyValuePair<string, object?>> pairs
                ? pairs.Select(p => KeyValuePair.Create(p.Key, Redact(p.Value))).ToArray()
                : [];
            var redacted = exception is null ? null : new RedactedException(exception, redactor);
            inner.Log(logLevel, eventId, new RedactedState(message, values), redacted, static (s, _) => s.ToString());
        }

        private object? Redact(object? value) => value switch
        {
            null => null,
            string text => redactor.Redact(text),
            ValueType => value,
            _ => redactor.RedactOrNull(value.ToString()),
        };
    }

    /// <summary>The structured values of a log entry, redacted; its text is the redacted message.</summary>
    private sealed class RedactedState(string message, KeyValuePair<string, object?>[] values) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public int Count => values.Length;

        public KeyValuePair<string, object?> this[int index] => values[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)values).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => message;
    }

    /// <summary>Stands in for the exception a provider would print: the same text, type names and stack, redacted.</summary>
    private sealed class RedactedException(Exception original, TokenRedactor redactor) : Exception(redactor.Redact(original.Message))
    {
        public override string? StackTrace => redactor.RedactOrNull(original.StackTrace);

        public override string? Source
        {
            get => original.Source;
            set => original.Source = value;
        }

        public override string ToString() => redactor.Redact(original.ToString());
    }
}
