using System.Text.RegularExpressions;

namespace BulletinBot.Articles;

/// <summary>Finds the spans of a sentence that may be a person's name, before any title is looked for.</summary>
/// <remarks>
/// A title often names its province right before the name (`Phó Chủ tịch UBND tỉnh Hà Nam Đinh Văn Dũng`), and place
/// names share syllables with surnames (`Hà`, `Giang`). So the place written after an administrative word (`tỉnh`,
/// `thành phố`, `TP`, `huyện`, `xã`, `phường`) is read first, longest gazetteer name, and a name may only start after it.
/// </remarks>
internal sealed partial class OfficialNameCandidates(ProvinceGazetteer gazetteer)
{
    /// <summary>Names known by surname, then names known only by their place after an honorific, in reading order.</summary>
    public List<(int Index, string Name)> Find(ArticleSentence sentence)
    {
        var places = PlacesAfterAdminWords(sentence.Folded);
        var found = new List<(int Index, string Name)>();
        foreach (Match m in PersonName().Matches(sentence.Text))
        {
            if (places.Find(p => p.Index < m.Index + m.Length && m.Index < p.Index + p.Length) is { } place)
            {
                // The match began inside the place; the name, if any, starts right after it.
                var after = PersonName().Match(sentence.Text, place.Index + place.Length + 1);
                if (after.Success && after.Index == place.Index + place.Length + 1 && !found.Exists(f => f.Index == after.Index))
                {
                    found.Add((after.Index, after.Value));
                }

                continue;
            }

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
                // `Đại tá Quàng Văn Pọm`: the surname list saw only `Văn Pọm` inside the longer name.
                found.RemoveAll(f => start < f.Index && f.Index + f.Name.Length <= start + run.Length);
                found.Add((start, run.Value));
            }
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    private List<PlaceNameMatch> PlacesAfterAdminWords(string folded)
    {
        var places = new List<PlaceNameMatch>();
        foreach (Match admin in AdminWord().Matches(folded))
        {
            if (gazetteer.PlaceAt(folded, admin.Index + admin.Length) is { } place)
            {
                places.Add(place);
            }
        }

        return places;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:tinh|thanh pho|tp\.?|huyen|xa|phuong) ")]
    private static partial Regex AdminWord();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Lâm|Mai|Tô|Hà|Đào|Cao|Lương|Trịnh|Đoàn|Tạ|Châu|Quách|Kiều|Thái|Triệu|Lưu|Thân|Tăng|Lại|Chu|Đàm|Khổng|Từ|Âu|Nông|Phùng|Tôn|Doãn|Hứa|Vương|Hầu|Lò|Lục|Mạc|Diệp|Văn|Giáp|Khúc|Ninh|Bế|Thạch|Danh|Kim|Sơn|Y|Mã|Quan|Tống|Viên|Cù|Nghiêm|Ngọ|Lã|La|Trình|Thiều|Khuất|Trà|Lữ|Tiêu|Bạch|Đồng|Giang|Huỳnh)(?:\s+\p{Lu}\p{Ll}*){1,3}(?![\p{L}\p{N}])")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:dong chi|ong|(?<ba>ba)|dai tuong|thuong tuong|trung tuong|thieu tuong|dai ta|thuong ta|trung ta|thieu ta|dai uy|thuong uy|trung uy|thieu uy|gs|pgs|ts|ths|tskh|ncs|bs|ks|ls|thac si|tien si|luat su)(?:[.,]\s?(?:gs|pgs|ts|ths|tskh|bs))*\.?\s+")]
    private static partial Regex Honorific();

    /// <summary>Two to five syllables each opening with a capital, `H'Yim` style glottal names included; anchored where the search starts.</summary>
    [GeneratedRegex(@"\G\p{Lu}(?:['’]\p{Lu})?\p{Ll}*(?:\s\p{Lu}(?:['’]\p{Lu})?\p{Ll}*){1,4}(?![\p{L}\p{N}'’])")]
    private static partial Regex CapitalisedRun();
}
