using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.Places;

/// <summary>Vietnam's 63 former and 34 current province-level units with their aliases and provincial cities.</summary>
internal sealed partial class ProvinceGazetteer
{
    private const string ResourceName = "articles.provinces-vn.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    // Longest first, so that `Thành phố Hồ Chí Minh` wins over `Hồ Chí Minh` and `Điện Biên Phủ` over `Điện Biên`.
    private readonly (string Folded, string Written, ProvinceUnit Unit, bool IsCity, bool IsAmbiguous)[] names;
    private readonly FrozenSet<string> foldedNames;

    // The same names by first letter, still longest first: PlaceAt is asked at every capitalised word of an article.
    private readonly FrozenDictionary<char, (string Folded, string Written, ProvinceUnit Unit, bool IsCity, bool IsAmbiguous)[]> byFirstLetter;
    private readonly FrozenDictionary<string, ProvinceUnit> byName;

    public ProvinceGazetteer()
    {
        using var stream = typeof(ProvinceGazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        var file = JsonSerializer.Deserialize<GazetteerFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is empty.");

        var list = new List<(string Folded, string Written, ProvinceUnit Unit, bool IsCity, bool IsAmbiguous)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var units = new Dictionary<string, ProvinceUnit>(StringComparer.Ordinal);
        foreach (var unit in file.Provinces63)
        {
            var current = unit.MergedInto ?? unit.Name;
            var province = new ProvinceUnit(unit.Name, current, unit.Region3);
            units[unit.Name] = province;
            var ambiguous = new HashSet<string>(unit.Ambiguous ?? [], StringComparer.Ordinal);
            foreach (var alias in unit.Aliases)
            {
                Add(list, seen, alias, province, isCity: false, ambiguous.Contains(alias));
            }

            foreach (var city in unit.Cities ?? [])
            {
                Add(list, seen, city, province, isCity: true, ambiguous.Contains(city));
            }
        }

        // Names used only since 2025 (`Huế` as a centrally-governed city) come after the old units.
        foreach (var unit in file.Provinces34)
        {
            var province = new ProvinceUnit(unit.Name, unit.Name, unit.Region3);
            units.TryAdd(unit.Name, province);
            foreach (var alias in unit.Aliases)
            {
                Add(list, seen, alias, province, isCity: false, (unit.Ambiguous ?? []).Contains(alias));
            }
        }

        Units = [.. list.Where(n => !n.IsCity).Select(n => n.Unit).Distinct()];
        names = [.. list.OrderByDescending(n => n.Folded.Length)];
        byFirstLetter = names.GroupBy(n => n.Folded[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        foldedNames = seen.ToFrozenSet(StringComparer.Ordinal);
        byName = units.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>`TP. Đà Nẵng` is written `Đà Nẵng` as a province name; `TP.HCM` stays, `HCM` alone is no name.</summary>
    public string AsProvinceName(string name)
    {
        var prefix = CityPrefix().Match(name);
        return prefix.Success && IsPlaceName(VietnameseText.Fold(name[prefix.Length..])) ? name[prefix.Length..] : name;
    }

    /// <summary>The unit whose official name (as in the gazetteer, `Thừa Thiên Huế`, `Huế`) is <paramref name="name"/>.</summary>
    public ProvinceUnit? UnitNamed(string name) => byName.GetValueOrDefault(name);

    /// <summary>Every unit once, former and current, in the file's order.</summary>
    public IReadOnlyList<ProvinceUnit> Units { get; }

    /// <summary>Whether a folded phrase is exactly a place name (so `Hồ Chí Minh` or `Hà Nội` is not taken for a person).</summary>
    public bool IsPlaceName(string folded) => foldedNames.Contains(folded);

    /// <summary>The longest place name written exactly at <paramref name="index"/> of a folded text, if any.</summary>
    /// <param name="text">The text as written, when the caller has it: a name written with other tone marks is another word.</param>
    public PlaceNameMatch? PlaceAt(string folded, int index, string? text = null)
    {
        if (!IsWordBoundary(folded, index - 1))
        {
            return null;
        }

        if (index >= folded.Length || !byFirstLetter.TryGetValue(folded[index], out var candidates))
        {
            return null;
        }

        foreach (var (name, written, unit, isCity, isAmbiguous) in candidates)
        {
            if (string.CompareOrdinal(folded, index, name, 0, name.Length) == 0 && IsWordBoundary(folded, index + name.Length)
                && (text is null || VietnameseText.SameTones(text.AsSpan(index, name.Length), written)))
            {
                return new PlaceNameMatch(index, name.Length, unit, isCity, isAmbiguous);
            }
        }

        return null;
    }

    /// <summary>Every non-overlapping place name in a folded text, in text order.</summary>
    /// <param name="text">The text as written, when the caller has it: `Phù Yên` (a district) is not `Phú Yên`, `làm đòng` is not `Lâm Đồng`.</param>
    public IReadOnlyList<PlaceNameMatch> FindAll(string folded, string? text = null)
    {
        var found = new List<PlaceNameMatch>();
        foreach (var (name, written, unit, isCity, isAmbiguous) in names)
        {
            var from = 0;
            while (from < folded.Length && folded.IndexOf(name, from, StringComparison.Ordinal) is var at and >= 0)
            {
                from = at + name.Length;
                if (IsWordBoundary(folded, at - 1) && IsWordBoundary(folded, at + name.Length)
                    && (text is null || VietnameseText.SameTones(text.AsSpan(at, name.Length), written))
                    && !found.Exists(f => at < f.Index + f.Length && f.Index < at + name.Length))
                {
                    found.Add(new PlaceNameMatch(at, name.Length, unit, isCity, isAmbiguous));
                }
            }
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    private static void Add(List<(string Folded, string Written, ProvinceUnit Unit, bool IsCity, bool IsAmbiguous)> list, HashSet<string> seen, string name, ProvinceUnit unit, bool isCity, bool isAmbiguous)
    {
        var folded = VietnameseText.Fold(name);
        if (seen.Add(folded))
        {
            list.Add((folded, name, unit, isCity, isAmbiguous));
        }
    }

    private static bool IsWordBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);

    [GeneratedRegex(@"^(?:thành phố|thủ đô|tp\.?)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex CityPrefix();
}

/// <summary>The shape of the embedded `provinces-vn.json`.</summary>
internal sealed record GazetteerFile(IReadOnlyList<GazetteerFile.Unit> Provinces63, IReadOnlyList<GazetteerFile.Unit> Provinces34)
{
    internal sealed record Unit(
        string Name,
        IReadOnlyList<string> Aliases,
        string Region3,
        string? MergedInto,
        IReadOnlyList<string>? Cities,
        IReadOnlyList<string>? Ambiguous);
}
