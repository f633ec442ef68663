using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.Places;

/// <summary>
/// The level below the provinces: the 696 districts before 1/7/2025 and the 3,321 communes after it, each with its
/// province, so that `tại hội trường UBND huyện Mường Tè` or `P. Đồng Hới` still finds where the event took place.
/// </summary>
/// <remarks>
/// A unit counts only written after its type word or the type's abbreviation (`huyện`, `Q.`, `TX.`, `TP.`, `phường`,
/// `P.`, `xã`, `đặc khu`), its name capitalised; `xã hội` is no commune. Names repeat across provinces (`Châu Thành` in
/// ten): such a match carries all its provinces and the caller keeps one only when the article names it elsewhere.
/// </remarks>
internal sealed partial class LocalUnitGazetteer
{
    private const string ResourceName = "articles.places-vn.json";
    private const int LongestName = 6;

    private readonly Dictionary<string, List<LocalUnit>> byName = new(5000, StringComparer.Ordinal);

    /// <remarks>Read with a forward-only reader: the file has four thousand rows and loads with every extractor.</remarks>
    public LocalUnitGazetteer(ProvinceGazetteer provinces)
    {
        using var stream = typeof(LocalUnitGazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var reader = new Utf8JsonReader(bytes);
        var row = new string?[3];
        var column = -1;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartArray when reader.CurrentDepth == 2:
                    column = 0;
                    break;
                case JsonTokenType.String when column is >= 0 and < 3:
                    row[column++] = reader.GetString();
                    break;
                case JsonTokenType.EndArray when reader.CurrentDepth == 2:
                    Add(row, provinces);
                    column = -1;
                    break;
            }
        }
    }

    private void Add(string?[] row, ProvinceGazetteer provinces)
    {
        if (row is not [{ } name, { } kind, { } provinceName] || provinces.UnitNamed(provinceName) is not { } province)
        {
            return;
        }

        var key = Key(VietnameseText.Fold(name));
        if (!byName.TryGetValue(key, out var list))
        {
            byName[key] = list = new List<LocalUnit>(1);
        }

        list.Add(new LocalUnit(name, string.IsInterned(kind) ?? kind, province));
    }

    /// <summary>Every unit written after its type word in a text and its folded twin, in text order.</summary>
    /// <remarks>
    /// A commune may be written with the type it had before 2025 (`xã Chiềng Cơi`, now a ward; `thị trấn Kiến Xương`, now a
    /// commune): when no unit of the written type has the name, one of another commune type does. With
    /// <paramref name="anyKind"/> any unit of the name counts, to tell a place from a person's name.
    /// </remarks>
    public IReadOnlyList<LocalUnitMatch> FindAll(string text, string folded, bool anyKind = false)
    {
        var found = new List<LocalUnitMatch>();
        foreach (Match type in TypeWord().Matches(folded))
        {
            var start = type.Index + type.Length;
            var kinds = anyKind ? AllKinds : KindOf(type);
            if (found.Exists(f => f.Index + f.Length > type.Index)
                || (At(text, start, kinds) ?? (type.Groups["commune"].Success ? At(text, start, CommuneKinds) : null)) is not { } match)
            {
                continue;
            }

            found.Add(match);
        }

        return found;
    }

    private static readonly string[] CommuneKinds = ["xã", "phường", "đặc khu"];
    private static readonly string[] AllKinds = ["huyện", "quận", "thị xã", "thành phố", "xã", "phường", "đặc khu"];

    /// <summary>A unit of any kind whose whole name is <paramref name="folded"/> (`Mường Tè` in `Mường Tè: Bồi dưỡng …`).</summary>
    public IReadOnlyList<ProvinceUnit> ProvincesOf(string folded) =>
        byName.TryGetValue(Key(folded), out var units) ? [.. units.Select(u => u.Province).Distinct()] : [];

    /// <summary>Whether a folded phrase is a district's or commune's name, so that it is not taken for a person's.</summary>
    public bool IsUnitName(string folded) => byName.ContainsKey(Key(folded));

    /// <summary>The longest unit name of the kind written at <paramref name="start"/>, each word capitalised.</summary>
    private LocalUnitMatch? At(string text, int start, string[] kinds)
    {
        var words = WordsAt(text, start);
        for (var count = words.Count; count >= 1; count--)
        {
            var end = words[count - 1].End;
            var name = text[words[0].Start..end];
            if (byName.TryGetValue(Key(VietnameseText.Fold(name)), out var units)
                && units.Where(u => kinds.Contains(u.Kind) && VietnameseText.SameTones(name, u.Name)).Select(u => u.Province).Distinct().ToList() is { Count: > 0 } provinces)
            {
                return new LocalUnitMatch(words[0].Start, end - words[0].Start, name, provinces);
            }
        }

        return null;
    }

    /// <summary>Up to six capitalised words (or numbers, `Quận 3`) from <paramref name="start"/>; a lone dash joins two names.</summary>
    private static List<(int Start, int End)> WordsAt(string text, int start)
    {
        var words = new List<(int Start, int End)>();
        var i = start;
        while (words.Count < LongestName && i < text.Length)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i < text.Length && text[i] is '-' or '–' && words.Count > 0)
            {
                i++;
                continue;
            }

            if (i >= text.Length || !(char.IsUpper(text[i]) || char.IsDigit(text[i])))
            {
                break;
            }

            var wordStart = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’' or '-'))
            {
                i++;
            }

            words.Add((wordStart, i));
        }

        return words;
    }

    private static string[] KindOf(Match type) =>
        type.Groups["district"].Value switch
        {
            "huyen" or "h." => ["huyện"],
            "quan" or "q." => ["quận"],
            "thi xa" or "thi" or "tx." or "tx" => ["thị xã"],
            "thanh pho" or "tp." or "tp" => ["thành phố"],
            _ => type.Groups["commune"].Value switch
            {
                "phuong" or "p." => ["phường"],
                "dac khu" => ["đặc khu"],
                _ => ["xã"],
            },
        };

    /// <summary>Folded names compared without spaces around a dash and with one apostrophe (`Phan Rang - Tháp Chàm`, `Cư M’gar`).</summary>
    private static string Key(string folded) =>
        folded.AsSpan().IndexOfAny("-–’ ") < 0 || (folded.AsSpan().IndexOfAny("-–’") < 0 && !folded.Contains("  ", StringComparison.Ordinal))
            ? folded
            : string.Join(' ', folded.Replace('’', '\'').Replace('–', '-').Replace(" - ", "-", StringComparison.Ordinal)
                .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A type word or abbreviation standing right before a unit's name.</summary>
    [GeneratedRegex("""
        (?<![\p{L}\p{N}.])
        (?:
            (?<district>huyen | quan | thi)\ uy\s+                 # the district's Party committee: Huyện ủy Phù Yên, Thị ủy Sa Pa
          | (?<district>huyen | quan | thi\ xa | thanh\ pho)\s+
          | (?<district>h\. | q\. | tx\.? | tp\.?)\ ?               # H. Mường Tè, Q.3, TX. Mộc Châu, TP. Phủ Lý
          | (?<commune>phuong | xa | dac\ khu | thi\ tran)\s+
          | (?<commune>p\. | x\.)\ ?                                # P. Đồng Hới, X. Tân Phú
        )
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex TypeWord();

    /// <summary>A district or commune with the province-level unit it lies in (old for districts, new for communes).</summary>
    private sealed record LocalUnit(string Name, string Kind, ProvinceUnit Province);
}
