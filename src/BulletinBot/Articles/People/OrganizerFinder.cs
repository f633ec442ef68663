using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.People;

/// <summary>Finds the bodies that organised the event.</summary>
/// <remarks>
/// Read from `A phối hợp (với) B tổ chức`, `do A (phối hợp với B) tổ chức` or `do A chủ trì`, and from `A tổ chức hội nghị`
/// in the sentence that holds the event's date. A phrase counts only when it opens with an organisation word
/// (`Bộ`, `Ban`, `Sở`, `Văn phòng`, `UBND`, `Hội`…), so people who `chủ trì` are not taken for organisers.
/// </remarks>
internal static partial class OrganizerFinder
{
    public static IReadOnlyList<string> Find(ArticleBody body, ArticleSentence? dateSentence)
    {
        var found = new List<(int Index, string Name)>();
        foreach (var sentence in dateSentence is null ? body.Sentences : body.Sentences.Prepend(dateSentence).Distinct())
        {
            var text = sentence.Text;
            foreach (Match m in Cooperation().Matches(sentence.Folded))
            {
                // Only cooperation that organises something: `phối hợp chặt chẽ với …` in a speech is not hosting.
                var end = ClauseEnd(sentence, m.Index + m.Length);
                if (end >= text.Length || !char.IsWhiteSpace(text[end]))
                {
                    continue;
                }

                var subjectStart = SubjectStart(text, m.Index);
                AddAll(found, subjectStart, text[subjectStart..m.Index]);
                AddAll(found, m.Index + m.Length, text[(m.Index + m.Length)..end]);
            }

            foreach (Match m in OrganisedBy().Matches(sentence.Folded))
            {
                AddAll(found, m.Groups["org"].Index, text.Substring(m.Groups["org"].Index, m.Groups["org"].Length));
            }

            if (sentence == dateSentence && found.Count == 0 && HostsEvent().Match(sentence.Folded) is { Success: true } hosts)
            {
                var subjectStart = SubjectStart(text, hosts.Index);
                AddAll(found, subjectStart, text[subjectStart..hosts.Index]);
            }

            if (found.Count > 0)
            {
                break;
            }
        }

        return [.. found.OrderBy(f => f.Index).Select(f => f.Name)];
    }

    /// <summary>
    /// Where the subject of a verb starts: after the previous comma (`Ngày 16/8, <b>Văn phòng …</b> phối hợp`), or further
    /// back while the part after the comma is lower case, since body names contain commas (`Vụ Phổ biến, giáo dục pháp luật`).
    /// </summary>
    private static int SubjectStart(string text, int verbIndex)
    {
        var start = text.AsSpan(0, Math.Min(text.Length, Math.Max(0, verbIndex - 1) + 1)).LastIndexOfAny(",;:") + 1;
        while (start > 0 && text[start - 1] == ',' && text.AsSpan(start).TrimStart() is { Length: > 0 } rest && char.IsLower(rest[0]))
        {
            start = text.AsSpan(0, start - 1).LastIndexOfAny(",;:") + 1;
        }

        return start;
    }

    /// <summary>Where the cooperating bodies end: the verb, a stop, or `tại`; a capitalised `Tổ chức` is part of a name (`Ban Tổ chức Tỉnh ủy`).</summary>
    private static int ClauseEnd(ArticleSentence sentence, int from)
    {
        for (var stop = CooperationEnd().Match(sentence.Folded, from); stop.Success; stop = stop.NextMatch())
        {
            if (!(stop.Value[0] == ' ' && char.IsUpper(sentence.Text[stop.Index + 1])))
            {
                return stop.Index;
            }
        }

        return sentence.Text.Length;
    }

    /// <summary>Adds each body of `A, B và C`; a piece that is no body (`Truyền thông` in `Bộ Thông tin và Truyền thông`) stays with the one before.</summary>
    private static void AddAll(List<(int Index, string Name)> found, int offset, string phrase)
    {
        var pieces = new List<string>();
        var from = 0;
        foreach (Match separator in AndOrComma().Matches(phrase))
        {
            var next = phrase[(separator.Index + separator.Length)..];
            if (IsOrganisation(next))
            {
                pieces.Add(phrase[from..separator.Index]);
                from = separator.Index + separator.Length;
            }
        }

        pieces.Add(phrase[from..]);
        var at = offset;
        foreach (var piece in pieces)
        {
            var organizer = TrailingAdverb().Replace(piece.Trim().TrimEnd('.', ',', ';'), string.Empty).Trim();
            if (organizer.Length > 2 && IsOrganisation(organizer)
                && !found.Exists(f => string.Equals(VietnameseText.Fold(f.Name), VietnameseText.Fold(organizer), StringComparison.Ordinal)))
            {
                found.Add((at, organizer));
            }

            at += piece.Length;
        }
    }

    private static bool IsOrganisation(string phrase)
    {
        var text = phrase.TrimStart();
        if (text.Length < 2 || !char.IsUpper(text[0]))
        {
            return false;
        }

        var firstWord = text.Split(' ', 2)[0];
        return OrganisationWord().IsMatch(VietnameseText.Fold(text)) || (firstWord.Length >= 2 && firstWord.All(char.IsUpper));
    }

    [GeneratedRegex(@"\s(?:chu tri,?\s+)?phoi hop(?:\s+voi)?\s+(?!,)")]
    private static partial Regex Cooperation();

    [GeneratedRegex("""
        \s(?:dong\s+)?to\ chuc\b
      | \s(?:thuc\ hien | trien\ khai | tien\ hanh | khai\ mac | khai\ giang | mo)\b
      | [,;:] | (?<!\b(?:tp|tx|p|q|h))\.(?=\s|$) | \stai\s             # the dot of `TP. Phú Quốc` ends nothing
      """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex CooperationEnd();

    [GeneratedRegex("""
        \bdo\s+(?<org>[^;:.]{3,160}?)
        \s+(?:phoi\ hop | (?:dong\s+)?to\ chuc | chu\ tri | dang\ cai | thuc\ hien | trien\ khai)\b
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex OrganisedBy();

    [GeneratedRegex($$"""
        \s(?:chu\ tri\s+)?
        (?:to\ chuc\s+(?:le\s+)?(?=khai\ mac | khai\ giang | be\ mac))?       # tổ chức (Lễ) khai giảng lớp …
        (?:to\ chuc | khai\ mac | khai\ giang | dang\ cai)
        \s+(?:{{Vocabulary.Gathering}} | khoa)
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex HostsEvent();

    /// <summary>`Ban Dân tộc tỉnh Trà Vinh vừa phối hợp …`, `… long trọng tổ chức`: the adverb before the verb belongs to no body's name.</summary>
    [GeneratedRegex(@"(?:\s+(?:vừa|đã|mới|sẽ|đang|cũng|vừa qua|long trọng|chính thức))+$")]
    private static partial Regex TrailingAdverb();

    [GeneratedRegex(@"\s+và\s+(?=\p{Lu})|,\s+(?=\p{Lu})")]
    private static partial Regex AndOrComma();

    /// <summary>The first word of a body's name.</summary>
    [GeneratedRegex("""
        ^(?:
            bo | ban | van\ phong | trung\ uong | so | uy\ ban | ubnd | hdnd | ubmttq | mat\ tran      # state and front
          | cuc | tong\ cuc | chi\ cuc | vu | vien | phong | co\ quan | chinh\ phu | quoc\ hoi
          | hoi | hoi\ dong | hiep\ hoi | lien\ hiep | lien\ doan | tong\ lien\ doan | lien\ minh     # associations
          | doan | tinh\ doan | thanh\ doan | cau\ lac\ bo | to\ chuc | quy
          | trung\ tam | hoc\ vien | dai\ hoc
          | truong\ (?:dai\ hoc | cao\ dang | chinh\ tri | trung\ cap | boi\ duong | si\ quan | quan\ su | can\ bo)
          | cong\ an | bo\ chi\ huy | bo\ tu\ lenh | quan\ khu                                       # forces
          | toa\ an | vien\ kiem\ sat | kiem\ toan | thanh\ tra                                      # courts, audit
          | tinh\ uy | thanh\ uy | huyen\ uy | dang\ uy | dang\ bo                                    # party
          | bao | dai\ (?:truyen\ hinh | phat\ thanh | tieng\ noi) | nha\ xuat\ ban                   # press
          | tap\ doan | cong\ ty | ngan\ hang | chuong\ trinh
        )\b
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex OrganisationWord();
}
