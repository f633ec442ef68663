using System.Text.RegularExpressions;
using BulletinBot.Articles.Places;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.People;

/// <summary>Finds the officials an article names, with their titles: `Thiếu tướng Lê Hải Bình, Phó Trưởng Ban …`.</summary>
/// <remarks>
/// A name is a Vietnamese surname followed by one to three capitalised syllables, or, since many ethnic-minority names
/// share no surname with any list (`Vàng Thị Mai`, `H'Yim Kđoh`, `Y Ngông Niê Kđăm`, `A Pớt`), two to five capitalised
/// syllables written right after `đồng chí`, `ông`, `bà`, a rank or a degree. Its title is the comma chain right
/// after it, where each link opens with a title word (`Phó …`, `Chủ tịch …`, `(Bộ Công an)`), up to the first
/// lower-case verb (`phát biểu`, `cho biết`, `cùng`); or else the chain written just before it
/// (`Chủ tịch UBND tỉnh Bạc Liêu Phạm Văn Thiều`). A name with neither title nor rank is not taken for an official.
/// One person is listed once, by name without rank, with the first title found. Captions never reach this reader.
/// </remarks>
internal sealed partial class OfficialFinder(ProvinceGazetteer gazetteer, LocalUnitGazetteer localUnits)
{
    private readonly OfficialNameCandidates candidates = new(gazetteer, localUnits);

    public IReadOnlyList<ArticlePerson> Find(ArticleBody body)
    {
        var people = new List<(string Key, string Name, string? Title, string? Rank)>();
        var localPlaces = LocalPlacesNamed(body);
        // Whoever chaired an earlier round or will open the next one (`Trước đó, ngày 27/2, …`) is not at this event.
        foreach (var sentence in OtherEventSentence.OutsideOtherEventParagraphs(body))
        {
            // `ông A, Viện trưởng Viện Khoa học Kỹ thuật Nông Lâm nghiệp …`: capitals inside a title already read are the body's name.
            var titleEnd = 0;
            foreach (var (nameIndex, name) in candidates.Find(sentence))
            {
                var foldedName = VietnameseText.Fold(name);
                if (nameIndex < titleEnd || gazetteer.IsPlaceName(foldedName) || StartsWithPlace(foldedName)
                    || localPlaces.Contains(foldedName)
                    || BusinessNameBefore().IsMatch(sentence.Folded.AsSpan(0, nameIndex)))
                {
                    continue;
                }

                var rankMatch = OfficialTitles.RankBefore(sentence.Folded, nameIndex);
                var rank = rankMatch.Groups["rank"].Success ? Capitalize(sentence.Text.Substring(rankMatch.Groups["rank"].Index, rankMatch.Groups["rank"].Length)) : null;
                var nameEnd = nameIndex + name.Length;
                var after = TitleAfter(sentence, nameEnd, anyFirstWord: false);
                var title = after?.Text ?? TitleBefore(sentence, rankMatch.Index);
                if (title is null && rank is null)
                {
                    // A degree alone marks a speaker or expert; the role, if written, need not open with a title word.
                    if (!rankMatch.Groups["degree"].Success)
                    {
                        continue;
                    }

                    after = TitleAfter(sentence, nameEnd, anyFirstWord: true);
                    title = RoleInParentheses(sentence.Text, nameEnd) ?? after?.Text;
                }

                titleEnd = Math.Max(titleEnd, after?.End ?? 0);

                var index = people.FindIndex(p => p.Key == foldedName);
                if (index < 0)
                {
                    people.Add((foldedName, name, title, rank));
                }
                else if (people[index] is { Title: null } known)
                {
                    people[index] = known with { Title = title, Rank = known.Rank ?? rank };
                }
            }
        }

        return [.. people.Select(p => new ArticlePerson(p.Name, p.Title ?? p.Rank))];
    }

    /// <summary>
    /// The comma chain after a name; a dash of any length stands for the first comma (`bà X - Phó Chủ tịch …`,
    /// `ông Y — Phó Trưởng Ban …`), and a bracket opening with a title holds the whole chain (`ông Z (Trưởng phòng …)`).
    /// With <paramref name="anyFirstWord"/> the first link may be any lower-case role (`giảng viên Học viện …`).
    /// </summary>
    private static (string Text, int End)? TitleAfter(ArticleSentence sentence, int nameEnd, bool anyFirstWord)
    {
        var text = sentence.Text;
        if (nameEnd + 2 >= text.Length)
        {
            return null;
        }

        if (TitleInParentheses(text, nameEnd) is { } bracketed)
        {
            return (bracketed, text.IndexOf(')', nameEnd));
        }

        int titleStart;
        if (text[nameEnd] == ',')
        {
            titleStart = nameEnd + 1;
        }
        else if (nameEnd + 3 < text.Length && text[nameEnd] == ' ' && text[nameEnd + 1] is '-' or '–' or '—' && text[nameEnd + 2] == ' ')
        {
            titleStart = nameEnd + 2;
        }
        else
        {
            return null;
        }

        var end = ClauseEnd(sentence, titleStart);
        if (end <= titleStart)
        {
            return null;
        }

        var parts = text[titleStart..end].Split(',');
        var kept = 0;
        foreach (var part in parts)
        {
            var trimmed = part.Trim();
            // A lower-case part continues the name of a body that has a comma in it (`Cục Cảnh sát phòng, chống …`).
            // So does the body the office belongs to (`Trưởng khoa Nội, Bệnh viện Đa khoa tỉnh`).
            var continuesTitle = kept > 0 && trimmed.Length > 0
                && (char.IsLower(trimmed[0]) || trimmed[0] == '(' || OfficialTitles.OpensBody(VietnameseText.Fold(trimmed)));
            // A former official keeps the title: `nguyên Phó Chủ tịch Hội Nhà báo Việt Nam`.
            var office = trimmed.StartsWith("nguyên ", StringComparison.Ordinal) ? trimmed[7..].TrimStart() : trimmed;
            var opensTitle = office.Length > 0
                && (kept == 0 && anyFirstWord || char.IsUpper(office[0]) && OfficialTitles.StartsTitle(VietnameseText.Fold(office))
                    || kept == 0 && OfficialTitles.StartsStaffRole(VietnameseText.Fold(office)));
            if (!opensTitle && !continuesTitle)
            {
                break;
            }

            kept++;
        }

        var written = string.Join(',', parts.Take(kept));
        return kept == 0 ? null : (Tidy(written), titleStart + written.Length);
    }

    /// <summary>A name opening with a place (`Hà Giang …`); the quick look at its first word spares most names the full search.</summary>
    private bool StartsWithPlace(string foldedName) =>
        gazetteer.PlaceAt(foldedName, 0) is not null && gazetteer.FindAll(foldedName) is [{ Index: 0 }, ..];

    /// <summary>`huyện Mai Châu`: a district or commune the article names after its type word is a place wherever it is written again.</summary>
    private HashSet<string> LocalPlacesNamed(ArticleBody body)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in body.Sentences)
        {
            foreach (var unit in localUnits.FindAll(sentence.Text, sentence.Folded))
            {
                named.Add(VietnameseText.Fold(sentence.Text.Substring(unit.Index, unit.Length)));
            }
        }

        return named;
    }

    /// <summary>`ông Võ Văn B (Trưởng phòng …, Sở Tư pháp)`: a bracket that opens with a title word reads like `, Trưởng phòng …`.</summary>
    private static string? TitleInParentheses(string text, int nameEnd) =>
        RoleInParentheses(text, nameEnd) is { } role && char.IsUpper(role[0]) && OfficialTitles.StartsTitle(VietnameseText.Fold(role))
            ? role : null;

    /// <summary>`TS. Trần Văn A (Học viện Chính trị quốc gia)`: the bracket right after the name is the role.</summary>
    private static string? RoleInParentheses(string text, int nameEnd)
    {
        if (nameEnd + 2 >= text.Length || text[nameEnd] != ' ' || text[nameEnd + 1] != '(')
        {
            return null;
        }

        var close = text.IndexOf(')', nameEnd + 2);
        return close < 0 ? null : Tidy(text[(nameEnd + 2)..close]) is { Length: > 0 } role ? role : null;
    }

    private static string? TitleBefore(ArticleSentence sentence, int rankStart)
    {
        var text = sentence.Text;
        var clauseStart = OfficialTitles.ClauseStart(text, rankStart, ";:“\"");
        var parts = text[clauseStart..rankStart].Split(',');
        // The folded twin has the same indexes, so each part's folded form is read from it rather than folded again.
        var foldedParts = sentence.Folded[clauseStart..rankStart].Split(',');
        var first = parts.Length;
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            var trimmed = parts[i].Trim();
            if (i == parts.Length - 1 && trimmed.Length == 0)
            {
                continue;
            }

            var leading = parts[i].Length - parts[i].TrimStart().Length;
            var start = OfficialTitles.TitleWithin(trimmed, foldedParts[i].Substring(leading, trimmed.Length));
            if (start < 0)
            {
                break;
            }

            first = i;
            if (start > 0)
            {
                parts[i] = trimmed[start..];
                break;
            }
        }

        return first == parts.Length ? null : Tidy(string.Join(',', parts[first..]));
    }

    private static int ClauseEnd(ArticleSentence sentence, int from)
    {
        var text = sentence.Text;
        var end = text.AsSpan(from).IndexOfAny(";:“\"") is var stop and >= 0 ? from + stop : text.Length;
        if (text.IndexOf(" tại ", from, StringComparison.Ordinal) is var at and >= 0 && at < end)
        {
            end = at;
        }

        foreach (var verb in OfficialTitles.TitleEnds(sentence.Folded, from))
        {
            if (verb.Index >= end)
            {
                break;
            }

            if (char.IsLower(text[verb.Index + 1]))
            {
                return verb.Index;
            }
        }

        return end;
    }

    private static string Tidy(string title) =>
        WhiteSpace().Replace(title, " ").Trim().TrimEnd('.', ',', ';', ' ').Trim();

    private static string Capitalize(string rank) => VietnameseText.CapitalizeFirst(rank);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    /// <summary>
    /// `Giám đốc Công ty TNHH Thủy sản Mai Phát`, `Văn phòng luật sư Tây Bắc`: capitals after a business's type word name the
    /// business, not a person. `và` with a degree or honorific (`Đoàn Luật sư tỉnh và ThS. Lê Văn Ba`) starts the next person.
    /// </summary>
    [GeneratedRegex($$"""
        \b(?:
            cong\ ty | tap\ doan | hop\ tac\ xa | htx | doanh\ nghiep | cua\ hang | nha\ hang | khach\ san
          | (?:van\ phong | doan) \ luat\ su                                                    # law offices
        )\b
        (?:(?!\bva\ (?:{{Vocabulary.Honorific}}|{{Vocabulary.Rank}}|{{Vocabulary.Degree}}|ls|bs|luat\ su)\b)[^,;:()"“”])*$   # the same name, no comma between
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex BusinessNameBefore();
}
