using System.Globalization;
using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.Topics;

/// <summary>Reads a list whose length the article states: `3 chuyên đề`, `hai nội dung`, `năm chuyên đề:`.</summary>
/// <remarks>
/// A written count is a constraint: the list has that many items, whatever the punctuation. The items are looked for
/// after the count in four forms, and a form counts only when it gives exactly that many: inline after `:`, `gồm` or
/// `về` (split by quotes, by `;` with a last `và`, by `;` and commas typed after a space, by ordinals, by commas with a
/// last `và`, or by spaced dashes); sentences or paragraphs that each open an item (`Chuyên đề thứ nhất …`, `Nội dung thứ
/// hai …`, `Chuyên đề còn lại …`, `Một là, …`); bulleted lines; or, after a colon, as many short sentences as the count
/// to the paragraph's end. With none, the reader that needs no count takes over.
/// </remarks>
internal static partial class CountedTopicReader
{
    private const int MostTopics = 12;

    /// <summary>A topic is a heading, not a paragraph: a sentence longer than this is prose about it.</summary>
    private const int MostWordsInItem = 30;

    /// <summary>The first counted list and the paragraph stating its count; a paragraph about another round (`Trước đó, …`) is passed over.</summary>
    /// <param name="paragraphs">The article's paragraphs.</param>
    /// <param name="firstCount">
    /// The first count of `chuyên đề`/`chủ đề` found, listed or not: `gồm 6 chuyên đề` tells how many topics there were even
    /// when none is named. A count of `nội dung` or `phần` alone is too loose for that.
    /// </param>
    public static (IReadOnlyList<string> Items, int Paragraph)? Read(IReadOnlyList<string> paragraphs, out int? firstCount)
    {
        firstCount = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var folded = VietnameseText.Fold(paragraphs[p]);
            if (OtherEventSentence.OpensOtherTime(folded))
            {
                continue;
            }

            foreach (Match m in TopicCount().Matches(folded))
            {
                if (Count(m.Groups["n"].Value) is not { } count || TopicItem.OpensItem(folded[m.Index..]))
                {
                    continue;
                }

                firstCount ??= m.Groups["topic"].Success ? count : null;
                var rest = paragraphs[p][(m.Index + m.Length)..];
                if (ItemsAfter(paragraphs, p, rest, count) is { } items)
                {
                    return (items, p);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The items after the count, in the form that gives exactly that many. A list opening with `Một là,`/`Thứ nhất,` is one
    /// sentence per item, so that form is tried before cutting its first sentence at commas.
    /// </summary>
    private static List<string>? ItemsAfter(IReadOnlyList<string> paragraphs, int p, string rest, int count)
    {
        var opener = InlineOpener().Match(VietnameseText.Fold(rest));
        var list = opener.Success ? rest[(opener.Index + opener.Length)..] : null;
        return (list is not null && TopicItem.OpensItem(VietnameseText.Fold(list)) ? InItemSentences(paragraphs, p, list, count) : null)
            ?? Inline(list, count)
            ?? InItemSentences(paragraphs, p, list ?? rest, count)
            ?? InListLines(paragraphs, p + 1, count)
            ?? (opener.Value.Contains(':', StringComparison.Ordinal) ? SentencesToParagraphEnd(list, count) : null);
    }

    /// <summary>
    /// `3 nội dung: A. B. C.`: after a colon, a paragraph that ends with exactly as many short sentences as the count
    /// lists one item in each. A longer or shorter run is prose about the topics, not their list.
    /// </summary>
    private static List<string>? SentencesToParagraphEnd(string? list, int count)
    {
        var sentences = list is null ? [] : SentenceSplitter.Split(list).ToList();
        if (sentences.Count != count)
        {
            return null;
        }

        var items = sentences.ConvertAll(TopicItem.Clean);
        return items.TrueForAll(t => NoiseLineRules.WordCount(t) is >= 2 and <= MostWordsInItem) ? items : null;
    }

    /// <summary>`… 3 chuyên đề: A; B và C`, `hai chuyên đề gồm "A" và "B"`, `2 chuyên đề về A và B`.</summary>
    private static List<string>? Inline(string? rest, int count)
    {
        if (rest is null)
        {
            return null;
        }

        var list = SentenceSplitter.Split(rest).FirstOrDefault() ?? string.Empty;
        if (list.Trim().Length == 0)
        {
            return null;
        }

        foreach (var split in Splits(list, count))
        {
            var items = split.Select(TopicItem.Clean).Where(t => NoiseLineRules.WordCount(t) >= 2).ToList();
            if (items.Count == count && items.Count == split.Count)
            {
                return items;
            }
        }

        return null;
    }

    /// <summary>The ways to cut a list, most telling first; two items are more often joined by `và` than by a comma.</summary>
    private static IEnumerable<List<string>> Splits(string list, int count)
    {
        var quoted = Quoted().Matches(list);
        if (quoted.Count >= 2)
        {
            yield return [.. quoted.Select(q => q.Groups["item"].Value)];
        }

        // `A / B / C`: a spaced slash parts items as a semicolon does.
        if (list.Contains(" / ", StringComparison.Ordinal))
        {
            yield return [.. list.Split(" / ")];
        }

        if (list.Contains(';', StringComparison.Ordinal))
        {
            foreach (var split in SplitAt(list, Semicolon()))
            {
                yield return split;
            }
        }

        // `A; B ,  C; và D`: a comma typed after a space is a separator mangled in editing, tried only as the count allows.
        if (StrayComma().IsMatch(list))
        {
            foreach (var split in SplitAt(list, SemicolonOrStrayComma()))
            {
                yield return split;
            }
        }

        var ordinals = Ordinal().Matches(VietnameseText.Fold(list));
        if (ordinals.Count >= 2)
        {
            yield return [.. ordinals.Select((o, i) => list[o.Index..(i + 1 < ordinals.Count ? ordinals[i + 1].Index : list.Length)])];
        }

        if (count == 2)
        {
            yield return [.. LastAnd().Split(list)];
        }

        var byComma = list.Split(", ").ToList();
        if (LastAnd().Split(byComma[^1]) is [var head, var tail])
        {
            yield return [.. byComma[..^1], head, tail];
        }

        yield return byComma;

        // `A - B, và C`: a spaced dash parts items too, but it also joins names, ranges and pairs, so it comes last.
        if (list.Contains(" - ", StringComparison.Ordinal) || list.Contains(" – ", StringComparison.Ordinal))
        {
            foreach (var split in SplitAt(CutAtItemDashes(list)))
            {
                yield return split;
            }
        }
    }

    /// <summary>
    /// The list cut at the spaced dashes that part items: not those in a range (`2021 - 2030`), before a capital (`Tuyên truyền - Hỗ trợ`,
    /// `Hà Nội - Hải Phòng`) or in a pair (`kinh tế - xã hội`).
    /// </summary>
    private static List<string> CutAtItemDashes(string list)
    {
        var parts = new List<string>();
        var start = 0;
        foreach (Match dash in SpacedDash().Matches(VietnameseText.Fold(list)))
        {
            var next = dash.Index + dash.Length;
            var range = dash.Index > 0 && char.IsDigit(list[dash.Index - 1]) && next < list.Length && char.IsDigit(list[next]);
            if (next < list.Length && !char.IsUpper(list[next]) && !range)
            {
                parts.Add(list[start..dash.Index]);
                start = next;
            }
        }

        parts.Add(list[start..]);
        return parts;
    }

    /// <summary>The list cut at a separator, then also with its last part cut at a last `và`.</summary>
    private static IEnumerable<List<string>> SplitAt(string list, Regex separator) => SplitAt([.. separator.Split(list)]);

    private static IEnumerable<List<string>> SplitAt(List<string> cut)
    {
        var parts = cut.Where(t => t.Trim().Length > 0).ToList();
        yield return parts;
        if (parts.Count > 0 && LastAnd().Split(parts[^1]) is [var before, var after])
        {
            yield return [.. parts[..^1], before, after];
        }
    }

    /// <summary>The sentences after the count, in its paragraph and the next ones, that each open an item.</summary>
    private static List<string>? InItemSentences(IReadOnlyList<string> paragraphs, int from, string rest, int count)
    {
        var items = new List<string>();
        foreach (var sentence in SentenceSplitter.Split(rest).Concat(WithHeadingsJoined(paragraphs.Skip(from + 1).Take(count * 3).ToList()).SelectMany(SentenceSplitter.Split)))
        {
            if (TopicItem.OpensItem(VietnameseText.Fold(sentence)) && TopicItem.Clean(sentence) is { } item && NoiseLineRules.WordCount(item) >= 2)
            {
                items.Add(item);
                if (items.Count == count)
                {
                    return items;
                }
            }
        }

        return null;
    }

    /// <summary>`Nội dung 1` alone on its line heads the paragraph after it: the two make one item.</summary>
    private static IEnumerable<string> WithHeadingsJoined(List<string> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var heading = i + 1 < paragraphs.Count && TopicItem.OpensItem(VietnameseText.Fold(paragraphs[i]))
                && NoiseLineRules.WordCount(TopicItem.Clean(paragraphs[i])) < 2;
            yield return heading ? paragraphs[i].TrimEnd(':', '.', ' ') + ": " + paragraphs[++i] : paragraphs[i];
        }
    }

    private static List<string>? InListLines(IReadOnlyList<string> paragraphs, int from, int count)
    {
        var lines = paragraphs.Skip(from).TakeWhile(NoiseLineRules.IsListItem).Take(count + 1).ToList();
        return lines.Count == count ? [.. lines.Select(TopicItem.Clean)] : null;
    }

    private static int? Count(string word) =>
        (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Vocabulary.NumberValue(word)) is { } count
        && count is >= 2 and <= MostTopics ? count : null;

    /// <summary>`3 chuyên đề`, `hai nội dung chính`, `năm nhóm chuyên đề`; not `bảy`, since `trình bày chuyên đề` folds to `bay chuyen de`.</summary>
    [GeneratedRegex("""
        \b(?<n>\d{1,2} | hai | ba | bon | nam | sau | tam | chin | muoi)
        \s+(?:nhom\s+)?
        (?:
            (?<topic>chuyen\ de | chu\ de)                                    # Tọa đàm gồm 3 chủ đề
          | noi\ dung | bai\ giang
          | phan\b(?<=\b(?:noi\ dung|chuong\ trinh)\b[^.:;!?]{1,60})        # Nội dung tập huấn được chia thành ba phần
        )\b
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex TopicCount();

    /// <summary>What opens the list on the count's own line: `:`, `gồm`, `như sau`, or `về` right after the count.</summary>
    [GeneratedRegex("""
        ^\s*(?:ve|la)\s+
      | ^[^.:;!?"“”]{0,60}?(?: : | \b(?:gom|bao\ gom|nhu\ sau)\b\s*:? )\s*
      """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex InlineOpener();

    [GeneratedRegex(@"[""“](?<item>[^""“”]{3,300})[""”]")]
    private static partial Regex Quoted();

    /// <summary>The last `và` of a list, however it is punctuated: `, và`, `và:`, `… và`.</summary>
    [GeneratedRegex(@"\s*,?\s+và\s*:?\s+(?!.*\svà\s)")]
    private static partial Regex LastAnd();

    [GeneratedRegex(";")]
    private static partial Regex Semicolon();

    [GeneratedRegex(@"\s+,\s*|;")]
    private static partial Regex SemicolonOrStrayComma();

    [GeneratedRegex(@"\s+,")]
    private static partial Regex StrayComma();

    [GeneratedRegex($$"""\s[-–]\s(?!{{Vocabulary.DashPairTail}}\b)""")]
    private static partial Regex SpacedDash();

    [GeneratedRegex(@"\b(?:thu\s+(?:nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)|\(\d{1,2}\)|(?<!\w)\d{1,2}\))\s*[,:]?\s*")]
    private static partial Regex Ordinal();
}
