using System.Text.RegularExpressions;

namespace BulletinBot.Articles;

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
internal sealed partial class OfficialFinder(ProvinceGazetteer gazetteer)
{
    public IReadOnlyList<ArticlePerson> Find(ArticleBody body)
    {
        var people = new List<(string Key, string Name, string? Title, string? Rank)>();
        foreach (var sentence in body.Sentences)
        {
            foreach (var (nameIndex, name) in NameCandidates(sentence))
            {
                var foldedName = VietnameseText.Fold(name);
                if (gazetteer.IsPlaceName(foldedName) || gazetteer.FindAll(foldedName) is [{ Index: 0 }, ..])
                {
                    continue;
                }

                var rankMatch = OfficialTitles.RankBefore(sentence.Folded[..nameIndex]);
                var rank = rankMatch.Groups["rank"].Success ? Capitalize(sentence.Text.Substring(rankMatch.Groups["rank"].Index, rankMatch.Groups["rank"].Length)) : null;
                var title = TitleAfter(sentence, nameIndex + name.Length) ?? TitleBefore(sentence, rankMatch.Index);
                if (title is null && rank is null)
                {
                    continue;
                }

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

    /// <summary>Names known by surname, then names known only by their place after an honorific, in reading order.</summary>
    private static List<(int Index, string Name)> NameCandidates(ArticleSentence sentence)
    {
        var found = new List<(int Index, string Name)>();
        foreach (Match m in PersonName().Matches(sentence.Text))
        {
            found.Add((m.Index, m.Value));
        }

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
                found.Add((start, run.Value));
            }
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    private static string? TitleAfter(ArticleSentence sentence, int nameEnd)
    {
        var text = sentence.Text;
        var folded = sentence.Folded;
        if (nameEnd + 2 >= text.Length || text[nameEnd] != ',')
        {
            return null;
        }

        var end = ClauseEnd(sentence, nameEnd);
        var parts = text[(nameEnd + 1)..end].Split(',');
        var kept = 0;
        foreach (var part in parts)
        {
            var trimmed = part.Trim();
            // A lower-case part continues the name of a body that has a comma in it (`Cục Cảnh sát phòng, chống …`).
            var continuesTitle = kept > 0 && trimmed.Length > 0 && (char.IsLower(trimmed[0]) || trimmed[0] == '(');
            var opensTitle = trimmed.Length > 0 && char.IsUpper(trimmed[0]) && OfficialTitles.StartsTitle(VietnameseText.Fold(trimmed));
            if (!opensTitle && !continuesTitle)
            {
                break;
            }

            kept++;
        }

        return kept == 0 ? null : Tidy(string.Join(',', parts.Take(kept)));
    }

    private static string? TitleBefore(ArticleSentence sentence, int rankStart)
    {
        var text = sentence.Text;
        var clauseStart = text.LastIndexOfAny([';', ':', '.', '“', '"'], Math.Max(0, rankStart - 1)) + 1;
        var parts = text[clauseStart..rankStart].Split(',');
        var first = parts.Length;
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            var trimmed = parts[i].Trim();
            if (i == parts.Length - 1 && trimmed.Length == 0)
            {
                continue;
            }

            var folded = VietnameseText.Fold(trimmed);
            var start = TitleInside().Match(folded);
            if (!start.Success || !char.IsUpper(trimmed[start.Index]))
            {
                break;
            }

            first = i;
            if (start.Index > 0)
            {
                parts[i] = trimmed[start.Index..];
                break;
            }
        }

        return first == parts.Length ? null : Tidy(string.Join(',', parts[first..]));
    }

    private static int ClauseEnd(ArticleSentence sentence, int from)
    {
        var text = sentence.Text;
        var end = text.IndexOfAny([';', ':', '“', '"'], from) is var stop and >= 0 ? stop : text.Length;
        if (text.IndexOf(" tại ", from, StringComparison.Ordinal) is var at and >= 0 && at < end)
        {
            end = at;
        }

        foreach (Match verb in OfficialTitles.TitleEnds(sentence.Folded, from))
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

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Lâm|Mai|Tô|Hà|Đào|Cao|Lương|Trịnh|Đoàn|Tạ|Châu|Quách|Kiều|Thái|Triệu|Lưu|Thân|Tăng|Lại|Chu|Đàm|Khổng|Từ|Âu|Nông|Phùng|Tôn|Doãn|Hứa|Vương|Hầu|Lò|Lục|Mạc|Diệp|Văn|Giáp|Khúc|Ninh|Bế|Thạch|Danh|Kim|Sơn|Y|Mã|Quan|Tống|Viên|Cù|Nghiêm|Ngọ|Lã|La|Trình|Thiều|Khuất|Trà|Lữ|Tiêu|Bạch|Đồng|Giang|Huỳnh)(?:\s+\p{Lu}\p{Ll}*){1,3}(?![\p{L}\p{N}])")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:dong chi|ong|(?<ba>ba)|dai tuong|thuong tuong|trung tuong|thieu tuong|dai ta|thuong ta|trung ta|thieu ta|dai uy|thuong uy|trung uy|thieu uy|gs|pgs|ts|ths|tskh|bs|ks|ls|thac si|tien si|luat su)(?:[.,]\s?(?:gs|pgs|ts|ths|tskh|bs))*\.?\s+")]
    private static partial Regex Honorific();

    /// <summary>Two to five syllables each opening with a capital, `H'Yim` style glottal names included; anchored where the search starts.</summary>
    [GeneratedRegex(@"\G\p{Lu}(?:['’]\p{Lu})?\p{Ll}*(?:\s\p{Lu}(?:['’]\p{Lu})?\p{Ll}*){1,4}(?![\p{L}\p{N}'’])")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"(?<![a-z])(pho|chu tich|bo truong|thu truong|giam doc|cuc truong|vu truong|vien truong|chanh|uy vien|bi thu|tu lenh|chinh uy|chu nhiem|hieu truong|tong bien tap|thu tuong|tong bi thu|truong ban|truong phong|truong doan|chanh an|dai su|tong giam doc|tong cuc truong)\b")]
    private static partial Regex TitleInside();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
