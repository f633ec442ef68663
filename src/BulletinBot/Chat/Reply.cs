namespace BulletinBot.Chat;

/// <summary>What the bot answers: HTML text, optional rows of buttons, and whether it replaces the message a button sat on.</summary>
public sealed record Reply(Html Text, IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons, bool ReplacesPressedMessage = false, string? ButtonNotice = null)
{
    public static Reply None { get; } = new(Html.Empty, []);

    /// <summary>Files sent after the text (if any), each as a document message of its own.</summary>
    public IReadOnlyList<ReplyDocument> Documents { get; init; } = [];

    public bool IsNone => Text.Value.Length == 0;

    public static Reply With(Html text) => new(text, []);

    public static Reply With(Html text, params IReadOnlyList<ReplyButton>[] rows) => new(text, rows);
}
