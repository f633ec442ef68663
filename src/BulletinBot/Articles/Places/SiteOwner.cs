using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.Places;

/// <summary>
/// The province of the body that runs the site, named in its masthead or footer (`BAN TUYÊN GIÁO TỈNH ỦY HÀ GIANG`,
/// `Bản quyền thuộc Sở Tư pháp tỉnh Lai Châu`). Such a site's reports name their host only as `Tỉnh ủy` or `UBND tỉnh`,
/// so when the article itself names no province but speaks of its own province, this is where the event was.
/// </summary>
internal static partial class SiteOwner
{
    private const int MastheadLines = 4;

    public static ProvinceFound? Find(string normalizedText, ArticleBody body, ProvinceMentions mentions)
    {
        if (!body.Sentences.Any(s => OwnProvince().IsMatch(s.Text)))
        {
            return null;
        }

        var article = new HashSet<string>(body.Paragraphs, StringComparer.Ordinal) { body.Title ?? string.Empty };
        var lines = normalizedText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var found = new List<ProvinceFound>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (article.Contains(lines[i]))
            {
                continue;
            }

            var folded = VietnameseText.Fold(lines[i]);
            if ((i < MastheadLines || FooterLabel().IsMatch(folded))
                && mentions.InSentence(new ArticleSentence(lines[i], folded, Paragraph: -1, Index: -1)) is { } province)
            {
                found.Add(province);
            }
        }

        // A page whose chrome names two provinces (a partner site, a related link) says nothing sure.
        // Mastheads are often in capitals: the province is given by its own name.
        return found.Select(f => f.Unit.CurrentName).Distinct().Count() == 1 ? new ProvinceFound(found[0].Unit.Name, found[0].Unit) : null;
    }

    /// <summary>`Tỉnh ủy`, `UBND tỉnh`, `cấp tỉnh`, `toàn tỉnh`: the article speaks of a province it does not name.</summary>
    [GeneratedRegex(@"\b[tT]ỉnh\b(?!\s+(?:\p{Lu}|\d))")]
    private static partial Regex OwnProvince();

    [GeneratedRegex(@"^\W*(?:ban quyen|co quan chu quan|don vi chu quan|chiu trach nhiem|dia chi|tru so|giay phep|copyright|©)")]
    private static partial Regex FooterLabel();
}
