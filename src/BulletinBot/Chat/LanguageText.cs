using System.Diagnostics.CodeAnalysis;

namespace BulletinBot.Chat;

/// <summary>Picks the Vietnamese or English wording of one text, so both versions sit side by side in the code.</summary>
public static class LanguageText
{
    public static string Pick(this Language language, string vi, string en) => language == Language.En ? en : vi;

    public static string Code(this Language language) => language == Language.En ? "en" : "vi";

    public static bool TryParse(string? code, [NotNullWhen(true)] out Language? language)
    {
        language = code?.Trim().ToLowerInvariant() switch
        {
            "vi" or "vn" or "tiếng việt" or "tieng viet" => Language.Vi,
            "en" or "english" or "tiếng anh" => Language.En,
            _ => null,
        };
        return language is not null;
    }

    /// <summary>Telegram reports the user's app language as an IETF tag such as "en-US".</summary>
    public static Language FromUserLanguage(string? languageCode) =>
        languageCode is { } code && code.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.Vi;
}
