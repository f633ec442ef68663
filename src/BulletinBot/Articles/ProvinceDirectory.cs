using BulletinBot.Articles.Places;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles;

/// <summary>
/// Province names for the rest of the bot: what a typed place or filter names, by any current or former name, with
/// or without diacritics, and the nearest names when it names none.
/// </summary>
public sealed class ProvinceDirectory
{
    private static readonly string[] Prefixes = ["tinh ", "thanh pho ", "tp. ", "tp.", "tp "];
    private readonly ProvinceGazetteer gazetteer = new();

    /// <summary>The province a place as written lies in (`Hội trường A, Hà Nội`, `TP. Hạ Long`), or null.</summary>
    public ProvincePlace? Find(string place)
    {
        var matches = gazetteer.FindAll(VietnameseText.Fold(VietnameseText.Normalize(place)));

        // A venue names its province last (`Hội trường Tỉnh ủy, TP. Hạ Long, Quảng Ninh`); ambiguous words need company.
        var best = matches.LastOrDefault(m => !m.IsAmbiguous && !m.IsCity)
            ?? matches.LastOrDefault(m => !m.IsAmbiguous)
            ?? (matches.Count == 1 ? matches[0] : null);
        return best is null ? null : Place(best.Unit);
    }

    /// <summary>The province a filter names exactly (`Hà Giang`, `ha giang`, `tỉnh Bình Thuận`), or null.</summary>
    public ProvincePlace? Named(string name)
    {
        var folded = Stripped(VietnameseText.Fold(VietnameseText.Normalize(name.Trim())));
        return folded.Length > 0 && gazetteer.PlaceAt(folded, 0) is { } match && match.Length == folded.Length && !match.IsCity
            ? Place(match.Unit)
            : null;
    }

    /// <summary>Up to <paramref name="count"/> province names closest in spelling to a name that matched none.</summary>
    public IReadOnlyList<string> Nearest(string name, int count)
    {
        var folded = Stripped(VietnameseText.Fold(VietnameseText.Normalize(name.Trim())));
        var limit = Math.Max(2, folded.Length / 3);
        return [.. gazetteer.Units
            .Select(u => u.Name)
            .Distinct(StringComparer.Ordinal)
            .Select(n => (Name: n, Distance: Distance(folded, VietnameseText.Fold(n))))
            .Where(n => n.Distance <= limit)
            .OrderBy(n => n.Distance)
            .ThenBy(n => n.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(n => n.Name)];
    }

    /// <summary>Lower case without tone marks and with đ→d: how filters and searches compare Vietnamese words.</summary>
    public static string Fold(string text) => VietnameseText.Fold(VietnameseText.Normalize(text));

    private static ProvincePlace Place(ProvinceUnit unit) => new(unit.Name, unit.CurrentName, unit.Region);

    private static string Stripped(string folded)
    {
        foreach (var prefix in Prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return folded[prefix.Length..].Trim();
            }
        }

        return folded;
    }

    private static int Distance(string a, string b) => Chat.EditDistance.Between(a, b);
}
