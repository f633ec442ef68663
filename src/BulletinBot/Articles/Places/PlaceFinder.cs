using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.Places;

/// <summary>Finds where the event took place: the phrase after `tại` (`tại thành phố Quy Nhơn, tỉnh Bình Định`).</summary>
/// <remarks>
/// The sentence holding the event's date is read first, then the others in order. A phrase counts when it names a
/// province or provincial city, or a venue (`Hội trường …`, `Trung tâm …`); `tại hội nghị`, `tại cơ sở` or `tại Việt Nam`
/// are not places. The province is the last province named in the phrase, else the province of the city named.
/// </remarks>
internal sealed partial class PlaceFinder(ProvinceGazetteer gazetteer)
{
    public EventPlace? Find(ArticleBody body, ArticleSentence? dateSentence)
    {
        var ordered = dateSentence is null
            ? body.Sentences
            : body.Sentences.Where(s => s == dateSentence).Concat(body.Sentences.Where(s => s != dateSentence));
        foreach (var sentence in ordered)
        {
            foreach (Match m in At().Matches(sentence.Folded))
            {
                // `tài`, `tái` and `tải` fold to `tai` as well; only the preposition `tại` introduces a place.
                if (sentence.Text.AsSpan(m.Index, 3).Equals("tại", StringComparison.OrdinalIgnoreCase)
                    && Read(sentence, m.Index + m.Length) is { } place)
                {
                    return place;
                }
            }
        }

        return null;
    }

    private EventPlace? Read(ArticleSentence sentence, int start)
    {
        var end = PhraseEnd(sentence, start);
        var location = sentence.Text[start..end].Trim().TrimEnd(',', '.', ';', ':', '(').Trim();
        var folded = VietnameseText.Fold(location);
        if (location.Length < 2 || NotAPlace().IsMatch(folded))
        {
            return null;
        }

        var matches = gazetteer.FindAll(folded)
            .Where(p => !p.IsAmbiguous || p.Index == 0 || AdminBefore().IsMatch(folded.AsSpan(0, p.Index)))
            .Where(p => !LowerUnitBefore().IsMatch(folded.AsSpan(0, p.Index)))
            .ToList();
        var province = matches.LastOrDefault(p => !p.IsCity) ?? matches.LastOrDefault();
        if (province is not null)
        {
            var asWritten = province.IsCity ? province.Unit.Name : WithoutCityPrefix(location.Substring(province.Index, province.Length));
            return new EventPlace(location, asWritten, province.Unit.CurrentName, province.Unit.Region);
        }

        if (!Venue().IsMatch(folded) || !char.IsUpper(location[0]))
        {
            return null;
        }

        return BareProvinceWord().IsMatch(folded) && ProvinceOfHost(sentence) is { } host
            ? new EventPlace(location, WithoutCityPrefix(sentence.Text.Substring(host.Index, host.Length)), host.Unit.CurrentName, host.Unit.Region)
            : new EventPlace(location, null, null, null);
    }

    /// <summary>`TP. Đà Nẵng` is written `Đà Nẵng` as a province name; `TP.HCM` stays, `HCM` alone is no name.</summary>
    private string WithoutCityPrefix(string name)
    {
        var prefix = CityPrefix().Match(name);
        return prefix.Success && gazetteer.IsPlaceName(VietnameseText.Fold(name[prefix.Length..])) ? name[prefix.Length..] : name;
    }

    /// <summary>The phrase runs to the end of its clause, and on across commas while the next part is an address.</summary>
    private int PhraseEnd(ArticleSentence sentence, int start)
    {
        var text = sentence.Text;
        var folded = sentence.Folded;
        var end = text.Length;
        var (bracketOpen, bracketClose) = (-1, -1);
        foreach (Match stop in ClauseStop().Matches(folded, start))
        {
            if (stop.Index < bracketClose)
            {
                continue;
            }

            // `Hội trường Công an tỉnh (phường Yên Bái, tỉnh Lào Cai)`: a bracketed address belongs to the place.
            if (stop.Value == "(" && text.IndexOf(')', stop.Index) is var close and > 0 && IsAddress(folded[(stop.Index + 1)..close].TrimStart()))
            {
                (bracketOpen, bracketClose) = (stop.Index, close);
                continue;
            }

            // A lower-case word ends the place; the same word capitalised is part of a name (`Hội nghị` in a venue's name).
            var word = stop.Groups["word"];
            if (!word.Success || char.IsLower(text[word.Index]))
            {
                end = stop.Index;
                break;
            }
        }

        for (var comma = text.IndexOf(',', start); comma >= 0 && comma < end; comma = text.IndexOf(',', comma + 1))
        {
            if ((comma < bracketOpen || comma > bracketClose) && !IsAddress(folded[(comma + 1)..end].TrimStart()))
            {
                return comma;
            }
        }

        return end;
    }

    private bool IsAddress(string folded) => AddressPart().IsMatch(folded) || gazetteer.PlaceAt(folded, 0) is not null;

    /// <summary>
    /// `tại Trung tâm Hội nghị tỉnh`, `tại Hội trường Tỉnh ủy`: the venue names no province, but the body that hosts it
    /// names one in the same sentence (`Ban Nội chính Tỉnh ủy Quảng Ngãi tổ chức …`). Only a province written after
    /// `tỉnh`, `Tỉnh ủy`, `thành phố` or `Thành ủy` counts, and none is guessed when the sentence names none.
    /// </summary>
    private PlaceNameMatch? ProvinceOfHost(ArticleSentence sentence) =>
        gazetteer.FindAll(sentence.Folded).FirstOrDefault(p => !p.IsCity && AdminBefore().IsMatch(sentence.Folded.AsSpan(0, p.Index)));

    [GeneratedRegex(@"^(?:thành phố|thủ đô|tp\.?)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex CityPrefix();

    [GeneratedRegex(@"\btai\s+")]
    private static partial Regex At();

    /// <summary>Where a place phrase ends: a bracket or colon, a full stop that ends no abbreviation, or a word starting the next clause.</summary>
    [GeneratedRegex($$"""
        [;:(]
      | (?<!\btp|\b[a-z])\.(?=\s|$)                        # a full stop, but not `TP.` or `P.`
      | \s(?<word>
            do | voi | nham | co | cung | de | trong | va | qua | bang | la | da | duoc | theo | cho | gom | ve
          | dien\ ra | to\ chuc | khai\ mac | thu\ hut | tham\ du | duoi\ su          # verbs of the event
          | tu | den | vao | ngay | nay | {{Vocabulary.PartOfDay}}                      # the time follows
          | hoi\ nghi | hoi\ thao | lop | tap\ huan                                     # the event's name follows
        )\b
      """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ClauseStop();

    [GeneratedRegex($$"""
        ^(?:
            {{Vocabulary.AdminUnit}}
          | so\ \d | duong | pho | ap | thon | khu | to\ dan\ pho      # street address: số 12, đường, phố, ấp, thôn
        )(?!\w)
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex AddressPart();

    /// <summary>`tại hội nghị`, `tại cơ sở`, `tại Việt Nam`, `tại 12 điểm cầu`: what follows `tại` but names no venue.</summary>
    [GeneratedRegex($$"""
        ^(?:
            {{Vocabulary.Gathering}} | le | khoa
          | cac | nhung | moi | nhieu | mot\ so | \d                      # quantities: tại các địa phương
          | viet\ nam | nuoc\ ta | ca\ nuoc | trung\ uong
          | dia\ phuong | dia\ ban | co\ so | cap | day | do | noi | khu\ vuc | vung | mien
        )\b
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex NotAPlace();

    /// <summary>Words after which a name is a province: `tỉnh`, `thành phố`, and the bodies named by it (`Tỉnh ủy`, `Thành ủy`, `Tỉnh đoàn`).</summary>
    [GeneratedRegex(@"\b(tinh|thanh pho|tp\.?|tinh uy|thanh uy|tinh doan|thanh doan)\s*$")]
    private static partial Regex AdminBefore();

    /// <summary>A ward, commune or district may share a province's name (`phường Yên Bái`, `xã Hà Nam`); it is no province.</summary>
    [GeneratedRegex(@"\b(phuong|xa|huyen|quan|thi xa|thi tran|dac khu)\s*$")]
    private static partial Regex LowerUnitBefore();

    [GeneratedRegex(@"\b(tinh|thanh pho|tinh uy|thanh uy|tinh doan|thanh doan)$")]
    private static partial Regex BareProvinceWord();

    /// <summary>The first words of a venue that names no province: a hall, a centre, a hotel, an office, a lower unit.</summary>
    [GeneratedRegex("""
        ^(?:
            hoi\ truong | phong\ hop | nha\ van\ hoa | nha\ hat | cung\ van\ hoa      # halls
          | trung\ tam | khach\ san | nha\ khach                                     # centres, hotels
          | truong | hoc\ vien | dai\ hoc | vien                                      # schools
          | tru\ so | ubnd | uy\ ban | so\  | bo\  | cong\ an | bo\ chi\ huy           # offices
          | thanh\ uy | tinh\ uy | huyen\ uy
          | khu | quan | huyen | thi\ xa | xa | phuong | thi\ tran                    # lower units
        )
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Venue();
}

/// <summary>The venue as written and, when it names one, the province it lies in.</summary>
internal sealed record EventPlace(string Location, string? Province, string? CurrentProvince, string? Region);
