using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.Places;

/// <summary>The provinces one article names, and where: its headline, one sentence, the whole text.</summary>
/// <remarks>
/// A province counts when its name is unambiguous or follows an administrative word (`tỉnh Hòa Bình`, not `hòa bình`),
/// and not when a lower unit shares its name (`phường Yên Bái`). A district or commune counts with its type word; when
/// its name repeats across provinces, it counts only for a province the article names elsewhere (`xã Yên Thành` with
/// `Hội Nông dân tỉnh Nghệ An`): a repeated name alone is no evidence.
/// </remarks>
internal sealed partial class ProvinceMentions(ProvinceGazetteer gazetteer, LocalUnitGazetteer localUnits, ArticleBody body)
{
    private HashSet<string>? namedCurrent;

    /// <summary>The first province a sentence names after an administrative word, else the first unambiguous one or district or commune.</summary>
    public ProvinceFound? InSentence(ArticleSentence sentence) =>
        AfterAdminWord(sentence.Text, sentence.Folded) ?? FirstNamed(sentence.Text, sentence.Folded) ?? FirstLocalUnit(sentence.Text, sentence.Folded);

    /// <summary>
    /// `Yên Bái: Bồi dưỡng …`, `Đà Nẵng triển khai …`, `Nông dân Nghệ An …`: a province named in the headline; or a district or
    /// commune heading it (`Mường Tè: …`, `Kiến Xương: Hơn 150 …`).
    /// </summary>
    public ProvinceFound? InHeadline()
    {
        if (body.Title is not { } title || body.FoldedTitle is not { } folded)
        {
            return null;
        }

        if ((AfterAdminWord(title, folded) ?? FirstNamed(title, folded) ?? FirstLocalUnit(title, folded)) is { } found)
        {
            return found;
        }

        return HeadlineLead().Match(title) is { Success: true } lead
            && Resolve(localUnits.ProvincesOf(VietnameseText.Fold(lead.Groups["name"].Value))) is { } unit
            ? new ProvinceFound(unit.Name, unit) : null;
    }

    /// <summary>
    /// `tỉnh Tây Ninh` as the only province the article names after an administrative word; a connection point of an
    /// online meeting (`Tại điểm cầu tỉnh Đồng Tháp, ông …`) is no proof of where the event was.
    /// </summary>
    public ProvinceFound? OnlyOne()
    {
        var found = body.Sentences.Select(s => AfterAdminWord(s.Text, s.Folded, skipConnectionPoints: true)).OfType<ProvinceFound>().ToList();
        return found.Select(f => f.Unit.CurrentName).Distinct().Count() == 1 ? found[0] : null;
    }

    /// <summary>One province among a repeated name's, when the article names it; the only one when the name is unique.</summary>
    public ProvinceUnit? Resolve(IReadOnlyList<ProvinceUnit> candidates) =>
        candidates.Count == 1 ? candidates[0]
        : candidates.Where(c => NamedCurrent().Contains(c.CurrentName)).ToList() is [var named] ? named
        : null;

    /// <summary>A place name fit to be a province here: unambiguous or after `tỉnh`/`thành phố`, and not a ward's namesake.</summary>
    public static bool CountsAsProvince(string folded, PlaceNameMatch p) =>
        (!p.IsAmbiguous || p.Index == 0 || AdminBefore().IsMatch(folded.AsSpan(0, p.Index)))
        && !LowerUnitBefore().IsMatch(folded.AsSpan(0, p.Index));

    /// <summary>
    /// The province of the first district or commune named; when the units named disagree (`xã Thạnh Trị, TX. Kiến
    /// Tường`: commune names repeat across the country), the one in a province the article names elsewhere.
    /// </summary>
    public ProvinceFound? FirstLocalUnit(string text, string folded)
    {
        var resolved = localUnits.FindAll(text, folded).Select(unit => Resolve(unit.Provinces)).OfType<ProvinceUnit>().ToList();
        if (resolved.Count == 0)
        {
            return null;
        }

        var province = resolved.Select(u => u.CurrentName).Distinct().Count() > 1
            && resolved.FirstOrDefault(u => NamedCurrent().Contains(u.CurrentName)) is { } named
            ? named
            : resolved[0];
        return new ProvinceFound(province.Name, province);
    }

    private ProvinceFound? AfterAdminWord(string text, string folded, bool skipConnectionPoints = false) =>
        gazetteer.FindAll(folded, text).FirstOrDefault(p => !p.IsCity && AdminBefore().IsMatch(folded.AsSpan(0, p.Index))
            && !(skipConnectionPoints && ConnectionPointBefore().IsMatch(folded.AsSpan(0, p.Index)))) is { } match
            ? Found(text, match) : null;

    private ProvinceFound? FirstNamed(string text, string folded) =>
        gazetteer.FindAll(folded, text).FirstOrDefault(p => !p.IsAmbiguous && CountsAsProvince(folded, p)) is { } match
            ? Found(text, match) : null;

    private ProvinceFound Found(string text, PlaceNameMatch match) =>
        new(match.IsCity ? match.Unit.Name : gazetteer.AsProvinceName(text.Substring(match.Index, match.Length)), match.Unit);

    private HashSet<string> NamedCurrent()
    {
        if (namedCurrent is null)
        {
            namedCurrent = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (text, folded) in body.Sentences.Select(s => (s.Text, s.Folded)).Prepend((body.Title ?? string.Empty, body.FoldedTitle ?? string.Empty)))
            {
                foreach (var p in gazetteer.FindAll(folded, text).Where(p => CountsAsProvince(folded, p)))
                {
                    namedCurrent.Add(p.Unit.CurrentName);
                }
            }
        }

        return namedCurrent;
    }

    /// <summary>Words after which a name is a province: `tỉnh`, `thành phố`, and the bodies named by it (`Tỉnh ủy`, `Thành ủy`, `Tỉnh đoàn`).</summary>
    [GeneratedRegex(@"\b(tinh|thanh pho|tp\.?|tinh uy|thanh uy|tinh doan|thanh doan)\s*$")]
    private static partial Regex AdminBefore();

    /// <summary>`điểm cầu tỉnh …`: one of an online meeting's connection points, not where it is held.</summary>
    [GeneratedRegex(@"\bdiem cau\s+(tinh|thanh pho|tp\.?)\s*$")]
    private static partial Regex ConnectionPointBefore();

    /// <summary>A ward, commune or district may share a province's name (`phường Yên Bái`, `xã Hà Nam`); it is no province.</summary>
    [GeneratedRegex(@"\b(phuong|xa|huyen|quan|thi xa|thi tran|dac khu|p\.|q\.|h\.|tx\.?)\s*$")]
    private static partial Regex LowerUnitBefore();

    /// <summary>The capitalised words opening a headline before its colon: `Mường Tè: …`.</summary>
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}'’]*(?:\s\p{Lu}[\p{L}'’]*){0,3})\s*:")]
    private static partial Regex HeadlineLead();
}

/// <summary>A province found in the text, as written (`Thừa Thiên Huế`, `TP.HCM`) and as a unit.</summary>
internal sealed record ProvinceFound(string AsWritten, ProvinceUnit Unit);
