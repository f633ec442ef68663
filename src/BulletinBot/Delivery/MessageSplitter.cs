namespace BulletinBot.Delivery;

/// <summary>
/// Cuts text longer than Telegram's 4096 UTF-16 units into parts, preferring paragraph, then line, then word
/// boundaries, and never cutting inside an HTML tag or entity.
/// </summary>
public static class MessageSplitter
{
    public const int TelegramLimit = 4096;

    public static IReadOnlyList<string> Split(string text, int limit = TelegramLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 16);
        if (text.Length <= limit)
        {
            return [text];
        }

        var parts = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > limit)
        {
            var cut = FindCut(rest[..limit]);
            var part = rest[..cut].TrimEnd();
            if (part.Length > 0)
            {
                parts.Add(part.ToString());
            }

            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest.ToString());
        }

        return parts;
    }

    private static int FindCut(ReadOnlySpan<char> window)
    {
        // A boundary in the first half would leave a tiny part; a hard cut is better than many short messages.
        var floor = window.Length / 2;
        foreach (var boundary in (ReadOnlySpan<string>)["\n\n", "\n", " "])
        {
            var at = window.LastIndexOf(boundary);
            if (at >= floor)
            {
                return at + boundary.Length;
            }
        }

        return SafeHardCut(window);
    }

    private static int SafeHardCut(ReadOnlySpan<char> window)
    {
        var cut = window.Length;
        var open = window.LastIndexOfAny('<', '&');
        if (open >= 0 && window[open..].IndexOfAny('>', ';') < 0)
        {
            cut = open;
        }

        // Keep a surrogate pair (emoji) whole.
        if (cut > 0 && char.IsHighSurrogate(window[cut - 1]))
        {
            cut--;
        }

        return cut;
    }
}
