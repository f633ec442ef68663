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

    /// <summary>
    /// A short, escaped quotation of what someone typed, for replies that echo it: one line, no control or
    /// direction-override characters (which could reorder the reply around it), at most <paramref name="maxLength"/> letters.
    /// </summary>
    public static Html Excerpt(string? text, int maxLength = 60)
    {
        var builder = new StringBuilder(Math.Min(text?.Length ?? 0, maxLength + 1));
        var lastWasSpace = true;
        foreach (var c in text ?? "")
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
            }
            else if (!IsFormatting(c))
            {
                builder.Append(c);
                lastWasSpace = false;
            }

            if (builder.Length > maxLength)
            {
                var cut = char.IsHighSurrogate(builder[maxLength - 1]) ? maxLength - 1 : maxLength;
                return new(EscapeText(builder.ToString(0, cut).TrimEnd()) + "…");
            }
        }

        return new(EscapeText(builder.ToString().TrimEnd()));
    }

    public static Html operator +(Html left, Html right) => new(left.Value + right.Value);

    public override string ToString() => Value;

    // Bidi embeddings, overrides and isolates, zero-width and other invisible format characters.
    private static bool IsFormatting(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

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
