using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.Places;

/// <summary>Reads the phrase after `tại` (`tại thành phố Quy Nhơn, tỉnh Bình Định`, `tại hội trường UBND huyện Mường Tè`).</summary>
/// <remarks>
/// A phrase counts when it names a province, a provincial city, a district or a commune, or a venue (`Hội trường …`,
/// `Trung tâm …`); `tại hội nghị`, `tại cơ sở` or `tại Việt Nam` are not places. The province is the last province named in
/// the phrase, else the province of the city, district or commune named.
/// </remarks>
internal sealed partial class VenueReader(ProvinceGazetteer gazetteer)
{
    /// <summary>Every place phrase of a sentence, in order.</summary>
    public IEnumerable<(string Location, ProvinceFound? Province)> ReadAll(ArticleSentence sentence, ProvinceMentions mentions)
    {
        foreach (Match m in At().Matches(sentence.Folded))
        {
            // `tài`, `tái` and `tải` fold to `tai` as well; only the preposition `tại` introduces a place.
            if (sentence.Text.AsSpan(m.Index, 3).Equals("tại", StringComparison.OrdinalIgnoreCase)
                && Read(sentence, m.Index + m.Length, mentions) is { } place)
            {
                yield return place;
            }
        }
    }

    private (string Location, ProvinceFound? Province)? Read(ArticleSentence sentence, int start, ProvinceMentions mentions)
    {
        var end = PhraseEnd(sentence, start);
        var location = sentence.Text[start..end].Trim().TrimEnd(',', '.', ';', ':', '(').Trim();
        var folded = VietnameseText.Fold(location);
        if (location.Length < 2 || NotAPlace().IsMatch(folded))
        {
            return null;
        }

        var matches = gazetteer.FindAll(folded, location).Where(p => ProvinceMentions.CountsAsProvince(folded, p)).ToList();
        if ((matches.LastOrDefault(p => !p.IsCity) ?? matches.LastOrDefault()) is { } province)
        {
            var asWritten = province.IsCity ? province.Unit.Name : gazetteer.AsProvinceName(location.Substring(province.Index, province.Length));
            return (location, new ProvinceFound(asWritten, province.Unit));
        }

        if (mentions.FirstLocalUnit(location, folded) is { } unit)
        {
            return (location, unit);
        }

        return Venue().IsMatch(folded) && char.IsUpper(location[0]) ? (location, null) : null;
    }

    /// <summary>The phrase runs to the end of its clause, and on across commas while the next part is an address.</summary>
    private int PhraseEnd(ArticleSentence sentence, int start)
    {
        var text = sentence.Text;
        var folded = sentence.Folded;
        var end = text.Length;
        var (bracketOpen, bracketClose) = (-1, -1);
        var namesAVenue = Venue().IsMatch(folded.AsSpan(start)) && char.IsUpper(text[start]);
        foreach (Match stop in ClauseStop().Matches(folded, start))
        {
            if (stop.Index < bracketClose)
            {
                continue;
            }

            // `Hội trường Công an tỉnh (phường Yên Bái, tỉnh Lào Cai)`: a bracketed address belongs to the place.
            if (stop.Value == "(" && text.IndexOf(')', stop.Index) is var close and > 0 && IsAddress(sentence, stop.Index + 1))
            {
                (bracketOpen, bracketClose) = (stop.Index, close);
                continue;
            }

            // A lower-case word ends the place; the same word capitalised is part of a name (`Hội nghị` in a venue's name),
            // and so is `và` between capitalised words of a venue's name (`Trung tâm Hội nghị và Triển lãm tỉnh`).
            var word = stop.Groups["word"];
            var joinsAName = namesAVenue && word.Value == "va" && stop.Index + stop.Length + 1 < text.Length && char.IsUpper(text[stop.Index + stop.Length + 1]);
            if (!joinsAName && (!word.Success || char.IsLower(text[word.Index])))
            {
                end = stop.Index;
                break;
            }
        }

        for (var comma = text.IndexOf(',', start); comma >= 0 && comma < end; comma = text.IndexOf(',', comma + 1))
        {
            if ((comma < bracketOpen || comma > bracketClose) && !IsAddress(sentence, comma + 1))
            {
                return comma;
            }
        }

        return end;
    }

    /// <summary>
    /// Whether the text from <paramref name="from"/> goes on with an address: a street or number, a place name, or a unit
    /// word with its capitalised name (`huyện Mường Tè`); `tỉnh` or `thành phố` must name a province (`Tỉnh Đoàn` is a body).
    /// </summary>
    private bool IsAddress(ArticleSentence sentence, int from)
    {
        while (from < sentence.Text.Length && sentence.Text[from] == ' ')
        {
            from++;
        }

        var folded = sentence.Folded[from..];
        if (StreetPart().IsMatch(folded) || gazetteer.PlaceAt(sentence.Folded, from, sentence.Text) is not null)
        {
            return true;
        }

        if (UnitWord().Match(folded) is not { Success: true } unit)
        {
            return false;
        }

        var nameAt = from + unit.Length;
        return unit.Groups["province"].Success
            ? gazetteer.PlaceAt(sentence.Folded, nameAt, sentence.Text) is not null
            : nameAt < sentence.Text.Length && (char.IsUpper(sentence.Text[nameAt]) || char.IsDigit(sentence.Text[nameAt]));
    }

    [GeneratedRegex(@"\btai\s+")]
    private static partial Regex At();

    /// <summary>Where a place phrase ends: a bracket or colon, a full stop that ends no abbreviation, or a word starting the next clause.</summary>
    [GeneratedRegex($$"""
        [;:(]
      | (?<!\btp|\btx|\b[a-z])\.(?=\s|$)                   # a full stop, but not `TP.`, `TX.` or `P.`
      | \s(?<word>
            do | voi | nham | co | cung | de | trong | va | qua | bang | la | da | duoc | theo | cho | gom | ve
          | dien\ ra | to\ chuc | khai\ mac | thu\ hut | tham\ du | duoi\ su          # verbs of the event
          | tu | den | vao | ngay | nay | {{Vocabulary.PartOfDay}}                      # the time follows
          | hoi\ nghi | hoi\ thao | lop | tap\ huan                                     # the event's name follows
        )\b
      """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ClauseStop();

    [GeneratedRegex("""
        ^(?:so\ \d+\w* | duong | pho | ap | thon | khu | to\ dan\ pho)(?!\w)     # street address: số 138A, đường, phố, ấp, thôn
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex StreetPart();

    /// <summary>A unit word opening an address part; group `province` for the words that must be followed by a province.</summary>
    [GeneratedRegex("""
        ^(?:
            (?<province>tinh | thanh\ pho)\s+
          | (?:huyen | quan | thi\ xa | thi\ tran | xa | phuong | dac\ khu)\s+
          | tp\.?\s?                                                           # TP Hải Dương, TP. Phủ Lý
          | (?:tx | p | q | h)\.\s?                                              # Q.3, P. Đồng Hới, TX. Sơn Tây
        )
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex UnitWord();

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
