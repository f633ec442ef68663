using System.Text.RegularExpressions;
using BulletinBot.Articles.Places;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.People;

/// <summary>Finds the spans of a sentence that may be a person's name, before any title is looked for.</summary>
/// <remarks>
/// A title often names its province right before the name (`Phó Chủ tịch UBND tỉnh Hà Nam Đinh Văn Dũng`), and place
/// names share syllables with surnames (`Hà`, `Giang`, `Hồ`). So the place written after an administrative word (`tỉnh`,
/// `thành phố`, `TP`, `huyện`, `xã`, `phường`) is read first, longest province, district or commune name, and a name may
/// only start after it (`Chủ tịch UBND xã Tân Phú Nguyễn Văn An`, `Phó Chủ tịch UBND huyện Vân Hồ Lò Văn Sinh`).
/// </remarks>
internal sealed partial class OfficialNameCandidates(ProvinceGazetteer gazetteer, LocalUnitGazetteer localUnits)
{
    /// <summary>Names known by surname, then names known only by their place after an honorific, in reading order.</summary>
    public List<(int Index, string Name)> Find(ArticleSentence sentence)
    {
        // The surname pattern is the costliest; its matches are read once and used twice.
        var names = PersonName().Matches(sentence.Text);
        var places = PlacesAfterAdminWords(sentence);
        places.AddRange(PlacesEndingAnOrganisation(sentence, places, names));
        var found = new List<(int Index, string Name)>();
        foreach (var place in places)
        {
            // The name, if any, starts right after the place.
            if (NameAfterPlace(sentence, place) is { } name && !found.Exists(f => f.Index == name.Index))
            {
                found.Add(name);
            }
        }

        AddNamesByMiddleName(sentence, found, places);
        foreach (Match m in names)
        {
            // `… Cù Lao Dung Trần Thị Kim Ngân`: `Kim Ngân` is the end of a name already read, not a second person.
            if (!places.Exists(p => p.Index < m.Index + m.Length && m.Index < p.Index + p.Length)
                && !found.Exists(f => f.Index <= m.Index && m.Index < f.Index + f.Name.Length))
            {
                found.Add((m.Index, m.Value));
            }
        }

        AddNamesAfterBareAdminWords(sentence, found, places);
        AddNamesAfterHonorifics(sentence, found);
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    /// <summary>
    /// `Chủ tịch Liên đoàn Lao động tỉnh Ninh Thuận Đàng Văn Thạch`: after a title whose body ends in a place, the
    /// capitalised run is the name whatever its surname (`Đàng`, `Sùng`, `Rơ` are on no list); without such a title a run
    /// of capitals after a place is more often another body's name, so only a listed surname counts there.
    /// </summary>
    private static (int Index, string Name)? NameAfterPlace(ArticleSentence sentence, (int Index, int Length) place)
    {
        var start = place.Index + place.Length + 1;
        if (start >= sentence.Text.Length || sentence.Text[start - 1] != ' ')
        {
            return null;
        }

        if (PersonName().Match(sentence.Text, start) is { Success: true } known && known.Index == start)
        {
            return (start, known.Value);
        }

        return CapitalisedRun().Match(sentence.Text, start) is { Success: true } run && SyllableCount(run.Value) <= 4
            && !OfficialTitles.StartsTitle(VietnameseText.Fold(run.Value)) && !Country().IsMatch(VietnameseText.Fold(run.Value))
            && HasTitleBefore(sentence, place.Index)
            ? (start, run.Value) : null;
    }

    /// <summary>A capitalised title word between the clause start and the place (`Giám đốc Sở Y tế Hà Nam …`).</summary>
    private static bool HasTitleBefore(ArticleSentence sentence, int placeIndex)
    {
        var clauseStart = OfficialTitles.ClauseStart(sentence.Text, placeIndex, ";:“\"()");
        return OfficialTitles.TitleWithin(sentence.Text[clauseStart..placeIndex], sentence.Folded[clauseStart..placeIndex]) >= 0;
    }

    private static int SyllableCount(string run) => run.Count(c => c == ' ') + 1;

    /// <summary>
    /// `Chủ tịch Liên đoàn Lao động tỉnh Đàng Văn Thạch`: the title's body ends in a bare `tỉnh` (no place follows), so the
    /// capitalised run after it is the name, even when the surname list saw only `Văn Thạch` inside it.
    /// </summary>
    private static void AddNamesAfterBareAdminWords(ArticleSentence sentence, List<(int Index, string Name)> found, List<(int Index, int Length)> places)
    {
        foreach (Match admin in AdminWord().Matches(sentence.Folded))
        {
            var start = admin.Index + admin.Length;
            if (places.Exists(p => p.Index == start) || found.Exists(f => f.Index == start)
                || CapitalisedRun().Match(sentence.Text, start) is not { Success: true } run || SyllableCount(run.Value) > 4
                || OfficialTitles.StartsTitle(VietnameseText.Fold(run.Value)) || Country().IsMatch(VietnameseText.Fold(run.Value))
                || !HasTitleBefore(sentence, admin.Index))
            {
                continue;
            }

            found.RemoveAll(f => start <= f.Index && f.Index < start + run.Length);
            found.Add((start, run.Value));
        }
    }

    /// <summary>
    /// `Lường Văn Thịnh`, `Giàng Thị Mỷ`: the middle name `Văn` or `Thị` between capitals marks a full name, and the syllable
    /// before it is the surname whether or not the surname list has it; an honorific or title word there is no surname.
    /// </summary>
    private static void AddNamesByMiddleName(ArticleSentence sentence, List<(int Index, string Name)> found, List<(int Index, int Length)> places)
    {
        // Most sentences name nobody this way; the plain search spares them the pattern's scan of every capital.
        if (!sentence.Text.Contains("Văn", StringComparison.Ordinal) && !sentence.Text.Contains("Thị", StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match m in MiddleNamed().Matches(sentence.Text))
        {
            var surname = VietnameseText.Fold(m.Groups["surname"].Value);
            if (NotSurname().IsMatch(surname) || OfficialTitles.StartsTitle(surname)
                || places.Exists(p => p.Index < m.Index + m.Length && m.Index < p.Index + p.Length)
                || found.Exists(f => f.Index <= m.Index && m.Index < f.Index + f.Name.Length))
            {
                continue;
            }

            found.Add((m.Index, m.Value));
        }
    }

    private static void AddNamesAfterHonorifics(ArticleSentence sentence, List<(int Index, string Name)> found)
    {
        foreach (Match m in Honorific().Matches(sentence.Folded))
        {
            var start = m.Index + m.Length;
            // Folded `ba` is also the number three; only `bà` is an honorific.
            var isNumber = m.Groups["ba"].Success && sentence.Text[m.Groups["ba"].Index + 1] != 'à';
            if (isNumber || found.Exists(f => f.Index <= start && start < f.Index + f.Name.Length))
            {
                continue;
            }

            var run = CapitalisedRun().Match(sentence.Text, start);
            if (run.Success && !OfficialTitles.StartsTitle(VietnameseText.Fold(run.Value)))
            {
                // `Đại tá Quàng Văn Pọm`: the surname list saw only `Văn Pọm` inside the longer name.
                found.RemoveAll(f => start < f.Index && f.Index + f.Name.Length <= start + run.Length);
                found.Add((start, run.Value));
            }
        }
    }

    /// <summary>`… Ủy ban Hòa Bình Việt Nam`: the country closes a body's name and is never a person's.</summary>
    [GeneratedRegex(@"^viet nam\b")]
    private static partial Regex Country();

    [GeneratedRegex($$"""(?<![\p{L}\p{N}])(?:{{Vocabulary.AdminUnit}})\ """)]
    private static partial Regex AdminWord();

    /// <summary>A listed surname and one to three capitalised syllables; a Korean given name is hyphenated (`Kim Min-jun`).</summary>
    [GeneratedRegex($$"""(?<![\p{L}\p{N}]){{Vocabulary.Surname}}(?:\s+\p{Lu}\p{Ll}*(?:-\p{Ll}+)?){1,3}(?![\p{L}\p{N}-])""")]
    private static partial Regex PersonName();

    [GeneratedRegex($$"""
        (?<![\p{L}\p{N}])
        (?:
            dong\ chi | ong | (?<ba>ba)                            # comrade, Mr, Ms (or the number three)
          | {{Vocabulary.Rank}}
          | {{Vocabulary.Degree}} | bs | ks | ls | luat\ su          # doctor, engineer, lawyer
          | bsck\w* | ddck\w*                                      # specialist doctor or nurse: BSCKII, ĐDCKI
        )
        (?:[.,]\s?(?:gs|pgs|ts|ths|tskh|bs|ck\w*))*                # PGS.TS, ThS.BS, BS.CKI
        \.?\s+
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Honorific();

    /// <summary>
    /// Two to five syllables each opening with a capital, `H'Yim` style glottal names and hyphenated foreign names (`Park Jun-ho`)
    /// included, or one glottal syllable alone (`K'Brêl`); anchored where the search starts.
    /// </summary>
    [GeneratedRegex("""
        \G(?:
            \p{Lu}['’]\p{Lu}\p{Ll}+(?![\p{L}\p{N}'’-]|\s\p{Lu})                                   # K'Brêl
          | \p{Lu}(?:['’]\p{Lu})?\p{Ll}*(?:-\p{L}+)?(?:\s\p{Lu}(?:['’]\p{Lu})?\p{Ll}*(?:-\p{L}+)?){1,4}
        )
        (?![\p{L}\p{N}'’])
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<surname>\p{Lu}\p{Ll}*)\s(?:Văn|Thị)(?:\s\p{Lu}\p{Ll}*){1,2}(?![\p{L}\p{N}])")]
    private static partial Regex MiddleNamed();

    /// <summary>Words that stand before a name but are no surname: `Ông Văn …`, `Cô Thị …` open with an honorific.</summary>
    [GeneratedRegex(@"^(?:ong|ba|anh|chi|co|thay|em|chau|bac|chu|cu|dong|nha|so|bo|truong|tinh|huyen|xa|thon|ban|lang)$")]
    private static partial Regex NotSurname();
}
