using System.Runtime.CompilerServices;
using System.Text;

namespace BulletinBot.Chat;

/// <summary>
/// Text that is safe to send with Telegram's HTML parse mode. The only ways to make one escape what they are given,
/// except <see cref="Trusted"/>, which is for literals written in our own code.
/// </summary>
public readonly record struct Html(string Value)
{
    public static Html Empty { get; } = new("");

    public static Html Escape(string? text) => new(EscapeText(text));

    public static Html Trusted(string markup) => new(markup);

    public static Html Format([InterpolatedStringHandlerArgument] ref HtmlInterpolation text) => text.ToHtml();

    public static Html Join(string separator, IEnumerable<Html> parts) =>
        new(string.Join(EscapeText(separator), parts.Select(p => p.Value)));

    public static Html Bold(string? text) => new("<b>" + EscapeText(text) + "</b>");

    public static Html operator +(Html left, Html right) => new(left.Value + right.Value);

    public override string ToString() => Value;

    /// <summary>Telegram's HTML mode needs only these four escaped; entities for letters would bloat Vietnamese text.</summary>
    public static string EscapeText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text.AsSpan().IndexOfAny("<>&\"") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
