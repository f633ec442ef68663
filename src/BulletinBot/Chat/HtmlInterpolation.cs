using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace BulletinBot.Chat;

/// <summary>
/// Lets <c>Html.Format($"Đã đăng ký cho {title}")</c> keep our literal markup and escape every hole, so user text can
/// never open a tag by accident.
/// </summary>
[InterpolatedStringHandler]
public ref struct HtmlInterpolation
{
    private readonly StringBuilder builder;

    public HtmlInterpolation(int literalLength, int formattedCount)
    {
        builder = new StringBuilder(literalLength + formattedCount * 16);
    }

    public readonly void AppendLiteral(string literal) => builder.Append(literal);

    public readonly void AppendFormatted(Html markup) => builder.Append(markup.Value);

    public readonly void AppendFormatted(string? text) => builder.Append(Html.EscapeText(text));

    public readonly void AppendFormatted<T>(T value) => builder.Append(Html.EscapeText(
        value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value?.ToString()));

    public readonly void AppendFormatted<T>(T value, string format)
        where T : IFormattable => builder.Append(Html.EscapeText(value.ToString(format, CultureInfo.InvariantCulture)));

    public readonly Html ToHtml() => Html.Trusted(builder.ToString());
}
