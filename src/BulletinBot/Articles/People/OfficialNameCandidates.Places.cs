using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.People;

/// <summary>The places written before names (`… UBND xã Tân Phú`, `Huyện ủy Mù Cang Chải`), after which a name may start.</summary>
internal sealed partial class OfficialNameCandidates
{
    private List<(int Index, int Length)> PlacesAfterAdminWords(ArticleSentence sentence)
    {
        var places = new List<(int Index, int Length)>();
        foreach (Match admin in AdminWord().Matches(sentence.Folded))
        {
            if (gazetteer.PlaceAt(sentence.Folded, admin.Index + admin.Length, sentence.Text) is { } place)
            {
                places.Add((place.Index, place.Length));
            }
        }

        // `Bí thư Tỉnh Đoàn Nguyễn Thị Kim Thoa`: `Đoàn` names the youth union here, not the surname; in
        // `Chủ tịch UBND tỉnh Đoàn Văn Việt` the lower-case `tỉnh` leaves it a surname.
        foreach (Match union in YouthUnion().Matches(sentence.Folded))
        {
            if (char.IsUpper(sentence.Text[union.Index]))
            {
                places.Add((union.Index, union.Length));
            }
        }

        AddPlacesAfterPartyCommittees(sentence, places);
        foreach (var unit in localUnits.FindAll(sentence.Text, sentence.Folded, anyKind: true))
        {
            if (!places.Exists(p => p.Index <= unit.Index && unit.Index < p.Index + p.Length))
            {
                places.Add((unit.Index, unit.Length));
            }
        }

        return places;
    }

    /// <summary>
    /// `Phó Bí thư Huyện ủy Mù Cang Chải Giàng A Dế`: a party committee is named by its place, written with no `tỉnh` or
    /// `huyện` between, so the place is read off the capitals after it, longest known name first, and the name starts after it.
    /// </summary>
    private void AddPlacesAfterPartyCommittees(ArticleSentence sentence, List<(int Index, int Length)> places)
    {
        // Most sentences name no committee; the plain search spares them the pattern.
        if (!sentence.Folded.Contains(" uy ", StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match committee in PartyCommittee().Matches(sentence.Folded))
        {
            var start = committee.Index + committee.Length;
            if (Covers(places, start) || CapitalisedRun().Match(sentence.Text, start) is not { Success: true } run)
            {
                continue;
            }

            if (gazetteer.PlaceAt(sentence.Folded, start) is { } province)
            {
                places.Add((province.Index, province.Length));
                continue;
            }

            // The run holds the place and maybe a name after it: the longest leading words that name a district or commune.
            for (var end = run.Length; end > 0; end = run.Value.LastIndexOf(' ', end - 1))
            {
                if (localUnits.IsUnitName(sentence.Folded.Substring(start, end)))
                {
                    places.Add((start, end));
                    break;
                }
            }
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:tinh|thanh|huyen|quan|thi|dang) uy ")]
    private static partial Regex PartyCommittee();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:tinh|thanh|huyen|quan|xa|phuong) doan(?![\p{L}\p{N}])")]
    private static partial Regex YouthUnion();

    /// <summary>
    /// `Giám đốc Sở Y tế Hà Nam Trần Văn Bình`: a place written with no `tỉnh` closes the body's name when a title comes
    /// before it and capitals follow; a place that a surname match already covers (`Lê Hà Nam`) is part of a name.
    /// </summary>
    private List<(int Index, int Length)> PlacesEndingAnOrganisation(ArticleSentence sentence, List<(int Index, int Length)> known, MatchCollection names)
    {
        var found = new List<(int Index, int Length)>();
        var text = sentence.Text;
        // Every capitalised word is a candidate; scanned by hand, since a match object per capital is most of this reader's garbage.
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsUpper(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1]))
                || gazetteer.PlaceAt(sentence.Folded, i, text) is not { } place
                || Covers(known, place.Index)
                || InsideAny(names, place.Index)
                || !IsCapitalisedPhrase(sentence.Text.AsSpan(place.Index, place.Length))
                || place.Index + place.Length + 1 >= sentence.Text.Length
                || !char.IsUpper(sentence.Text[place.Index + place.Length + 1])
                || !HasTitleBefore(sentence, place.Index))
            {
                continue;
            }

            found.Add((place.Index, place.Length));
        }

        return found;
    }

    // Loops rather than lambdas: a closure over the place would be allocated for every character scanned.
    private static bool Covers(List<(int Index, int Length)> spans, int index)
    {
        foreach (var (start, length) in spans)
        {
            if (start <= index && index < start + length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideAny(MatchCollection names, int index)
    {
        for (var n = 0; n < names.Count; n++)
        {
            if (names[n].Index < index && index < names[n].Index + names[n].Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A place name writes every syllable with a capital; `Ủy ban Hòa bình` speaks of peace, not of the province.</summary>
    private static bool IsCapitalisedPhrase(ReadOnlySpan<char> phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if ((i == 0 || phrase[i - 1] == ' ') && !char.IsUpper(phrase[i]))
            {
                return false;
            }
        }

        return true;
    }
}
